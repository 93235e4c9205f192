/** The article list and the article editor with live preview, revisions and conflict handling. */
package de.newsroom.console.article.ui;
