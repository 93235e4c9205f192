package de.newsroom.console.article;

import java.time.Instant;
import java.util.Set;

/** One line of an article's history: who saved which fields when; the texts stay in the database until asked for. */
public record ArticleRevisionSummary(Long id, long articleVersion, Instant createdAt, String actorName,
                                     Set<ArticleField> changed, Long restoredFrom) {
}
