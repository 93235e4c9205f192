/** The editors' tag vocabulary screen. */
package de.newsroom.console.tag.ui;
