package de.newsroom.console.article;

import java.util.Map;

/**
 * The article list's tab counts: every article at work (all but the trash), the signed-in editor's own ({@code me}
 * is their account id, null for the system), and per status including the trash.
 */
public record ArticleTabCounts(long all, long mine, Long me, Map<ArticleStatus, Long> byStatus) {

    public long of(ArticleStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
