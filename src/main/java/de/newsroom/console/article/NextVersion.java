package de.newsroom.console.article;

import java.time.Instant;
import java.util.Set;

/**
 * The proposed next version of a published article (decision 0018): its content as a draft whose
 * {@code baseVersion} is this version's own lock version, its status (DRAFT or IN_REVIEW), the article version its
 * text is based on, and the fields a rebase on a changed live text could not merge ({@code conflicts}, empty when
 * none: then the editor resolves them before it can be published).
 */
public record NextVersion(Long articleId, long version, ArticleStatus status, long baseVersion,
                          Set<ArticleField> conflicts, ArticleDraft draft, Instant createdAt, Instant updatedAt,
                          String updatedByName) {

    public NextVersion {
        conflicts = Set.copyOf(conflicts);
    }

    public boolean needsMerge() {
        return !conflicts.isEmpty();
    }
}
