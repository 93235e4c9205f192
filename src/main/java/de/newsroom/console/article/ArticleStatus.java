package de.newsroom.console.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article stands in the workflow. The legal moves are fixed here and enforced by the entity:
 * DRAFT → IN_REVIEW → PUBLISHED (directly or via SCHEDULED) → ARCHIVED, with the ways back that editors need.
 * TRASHED is outside the workflow: any article can be moved to the trash and restored from it as a draft, through
 * {@link ArticleTrash} only, so no workflow button ever offers it by accident.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED,
    TRASHED;

    /** The statuses this one may move to. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED);
            case SCHEDULED -> EnumSet.of(IN_REVIEW, PUBLISHED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
            case TRASHED -> EnumSet.noneOf(ArticleStatus.class);
        };
    }

    public boolean canMoveTo(ArticleStatus target) {
        return next().contains(target);
    }
}
