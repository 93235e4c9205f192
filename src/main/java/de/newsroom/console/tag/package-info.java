/** Keyword tags: naming, de-duplication keys and assignment to articles. */
package de.newsroom.console.tag;
