package de.newsroom.console.article;

import java.time.Instant;

/** One row of the article list, fetched in one query; {@code version} lets a row action act on what is shown. */
public record ArticleListItem(Long id, String title, String categoryPath, ArticleStatus status, String authorName,
                              Instant updatedAt, Instant publishedAt, Instant scheduledAt, boolean publishedLate,
                              long version, Instant trashedAt) {
}
