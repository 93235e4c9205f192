/** Markdown to safe HTML and plain text for articles and other editor-written content. */
package de.newsroom.console.base.markdown;
