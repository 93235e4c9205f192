/** Newsroom Console: application entry point and app shell. */
package de.newsroom.console;
