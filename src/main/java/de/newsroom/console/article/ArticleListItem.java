package de.newsroom.console.article;

import java.time.Instant;

/**
 * One row of the article list, fetched in one query; {@code version} lets a row action act on what is shown,
 * {@code slug} links a published one to the site. {@code authorName} is the byline ("Anna Schmidt, dpa");
 * {@code nextInReview} marks a published article whose next version is in review.
 */
public record ArticleListItem(Long id, String title, String categoryPath, ArticleStatus status, String authorName,
                              Instant updatedAt, Instant publishedAt, Instant scheduledAt, boolean publishedLate,
                              long version, Instant trashedAt, String slug,
                              boolean nextInReview) {
}
