/** Newsroom-sized data for measuring the console: a repeatable, set-based generator. */
package de.newsroom.console.scale;
