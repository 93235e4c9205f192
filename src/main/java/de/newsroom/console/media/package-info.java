/** Pictures: upload with content sniffing and bomb limits, renditions, the picture store, public serving, usage. */
package de.newsroom.console.media;
