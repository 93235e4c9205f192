package de.newsroom.console.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An editor's unsaved text as the server keeps it: the form's content as a {@link ArticleDraft} (its
 * {@code baseVersion} is the article version the text was edited from; {@code id} is null for a new article) and
 * when it was last kept.
 */
public record ArticleWorkingCopy(ArticleDraft draft, Instant savedAt) {

    /** True when the copy holds something other than {@code stored} (ids and versions aside). */
    public boolean differsFrom(ArticleDraft stored) {
        return !sameContent(draft, stored);
    }

    /**
     * Compares what a reader or editor would see of two drafts, ignoring id and base version; bylines only when both
     * carry them (null means "as they are").
     */
    public static boolean sameContent(ArticleDraft a, ArticleDraft b) {
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.slug(), b.slug())
                && Objects.equals(a.lead(), b.lead()) && Objects.equals(a.body(), b.body())
                && Objects.equals(a.categoryId(), b.categoryId())
                && a.tagNames().equals(b.tagNames()) && a.commentsOpen() == b.commentsOpen()
                && (a.bylines() == null || b.bylines() == null || keys(a.bylines()).equals(keys(b.bylines())));
    }

    private static List<String> keys(List<Byline> bylines) {
        return bylines.stream().map(Byline::key).toList();
    }
}
