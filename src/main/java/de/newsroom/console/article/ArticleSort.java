package de.newsroom.console.article;

/** Orders of the article list; RELEVANCE only makes sense with a search text and falls back to UPDATED. */
public enum ArticleSort {
    RELEVANCE,
    UPDATED,
    PUBLISHED,
    TITLE
}
