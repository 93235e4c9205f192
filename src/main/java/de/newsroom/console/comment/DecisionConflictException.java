package de.newsroom.console.comment;

import java.time.Instant;

/** Someone else decided the comment first (or changed it); nothing was changed by this attempt. */
public class DecisionConflictException extends RuntimeException {

    private final long commentId;
    private final String decidedBy;
    private final String decidedByName;
    private final Instant decidedAt;
    private final CommentStatus currentStatus;

    public DecisionConflictException(long commentId, String decidedBy, String decidedByName, Instant decidedAt,
                                     CommentStatus currentStatus) {
        super("Comment " + commentId + " was already decided by " + decidedBy + " at " + decidedAt + " ("
                + currentStatus + ")");
        this.commentId = commentId;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.currentStatus = currentStatus;
    }

    public long commentId() {
        return commentId;
    }

    /** Username of the moderator who decided, {@code system} for automatic decisions, null if the comment is gone. */
    public String decidedBy() {
        return decidedBy;
    }

    /** Display name of the moderator who decided, for messages; null for automatic decisions or a gone comment. */
    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** The status now, null if the comment no longer exists. */
    public CommentStatus currentStatus() {
        return currentStatus;
    }
}
