/**
 * Keyword suggestions: the engine that proposes tags from an article's headline, lead and body (candidates, names,
 * base forms, the corpus statistics and the ranking). It needs only {@code TagKeys} and {@code TagRef} of the tag
 * feature; the tag feature's own services know nothing of it.
 */
package de.newsroom.console.tag.keyword;
