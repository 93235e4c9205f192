package de.newsroom.console.comment;

/**
 * What the moderation queue shows. Pending comments come oldest first, the other statuses newest first.
 *
 * @param articleId only this article, or null
 * @param categoryId only articles in this category or one of its subcategories, or null
 * @param text case-insensitive substring of the body or author name, or null/blank
 * @param flaggedOnly only comments with at least one warning flag (the first-comment note does not count)
 */
public record ModerationFilter(CommentStatus status, Long articleId, Long categoryId, String text,
                               boolean flaggedOnly) {

    public ModerationFilter {
        status = status == null ? CommentStatus.PENDING : status;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ModerationFilter pending() {
        return new ModerationFilter(CommentStatus.PENDING, null, null, null, false);
    }

    public ModerationFilter withStatus(CommentStatus newStatus) {
        return new ModerationFilter(newStatus, articleId, categoryId, text, flaggedOnly);
    }
}
