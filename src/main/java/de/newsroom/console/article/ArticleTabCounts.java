package de.newsroom.console.article;

import java.util.Map;

/**
 * The article list's tab counts: every article at work (all but the trash), the signed-in editor's own ({@code me}
 * is their account id, null for the system), per status including the trash, and the published articles whose next
 * version is in review ({@code nextInReview}), which the "in review" tab lists too.
 */
public record ArticleTabCounts(long all, long mine, Long me, Map<ArticleStatus, Long> byStatus, long nextInReview) {

    public long of(ArticleStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** What the "in review" tab shows: articles in review and next versions in review of published ones. */
    public long inReviewTab() {
        return of(ArticleStatus.IN_REVIEW) + nextInReview;
    }
}
