package de.newsroom.console.comment;

/** Where a comment stands in moderation; only {@code APPROVED} comments are ever shown to readers. */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED, SPAM
}
