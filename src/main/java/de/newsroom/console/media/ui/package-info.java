/** The picture library view and the picker dialog that the article editor uses. */
package de.newsroom.console.media.ui;
