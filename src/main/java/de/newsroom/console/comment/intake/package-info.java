/**
 * The readers' comment API: the POST that takes comments in (filter, rate limits, client hashes, group-committed
 * store) and the GET of an article's approved thread.
 */
package de.newsroom.console.comment.intake;
