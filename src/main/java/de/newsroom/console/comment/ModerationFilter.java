package de.newsroom.console.comment;

/**
 * What the moderation queue shows. Pending comments come oldest first, the other statuses newest first.
 *
 * @param articleId only this article, or null
 * @param categoryId only articles in this category or one of its subcategories, or null
 * @param text case-insensitive substring of the body or author name, or null/blank
 * @param flaggedOnly only comments with at least one warning flag (the first-comment note does not count)
 * @param reportedOnly the "reported" tab: comments with reader reports no decision has seen yet, in whatever status
 *                     (approved ones below the threshold, pending ones sent back by reports), oldest first;
 *                     {@code status} is then ignored
 */
public record ModerationFilter(CommentStatus status, Long articleId, Long categoryId, String text,
                               boolean flaggedOnly, boolean reportedOnly) {

    public ModerationFilter {
        status = status == null ? CommentStatus.PENDING : status;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ModerationFilter(CommentStatus status, Long articleId, Long categoryId, String text, boolean flaggedOnly) {
        this(status, articleId, categoryId, text, flaggedOnly, false);
    }

    public static ModerationFilter pending() {
        return new ModerationFilter(CommentStatus.PENDING, null, null, null, false);
    }

    /** The "reported" tab, no other filter. */
    public static ModerationFilter reported() {
        return new ModerationFilter(CommentStatus.PENDING, null, null, null, false, true);
    }

    public ModerationFilter withStatus(CommentStatus newStatus) {
        return new ModerationFilter(newStatus, articleId, categoryId, text, flaggedOnly, reportedOnly);
    }

    /** Oldest first (pending and reported), else newest first. */
    public boolean ascending() {
        return reportedOnly || status == CommentStatus.PENDING;
    }

    /** Bulk decisions take pending comments only: offered on the plain pending queue. */
    public boolean bulkDecidable() {
        return !reportedOnly && status == CommentStatus.PENDING;
    }
}
