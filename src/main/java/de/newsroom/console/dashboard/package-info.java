/** The landing view: what each role needs to do today. */
package de.newsroom.console.dashboard;
