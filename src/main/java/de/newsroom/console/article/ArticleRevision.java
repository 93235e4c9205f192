package de.newsroom.console.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored snapshot of an article's content after a save: who saved, when, what changed ({@code changed}), and the article version it produced. {@code restoredFrom} names the revision a restore copied; {@code bylines} is empty for revisions older than bylines.
 */
public record ArticleRevision(Long id, Long articleId, long articleVersion, Instant createdAt, String actorName,
                              String title, String slug, String lead, String body, Long categoryId,
                              List<String> tags, boolean commentsOpen, Set<ArticleField> changed, Long restoredFrom,
                              List<Byline> bylines) {
}
