package de.newsroom.console.comment;

import java.time.Instant;

/**
 * A decision as it was made: the comment, the status and version it produced, and everything it replaced, so that
 * {@link CommentModerationService#undo} can put exactly that back while nobody has changed the comment since.
 */
public record Decision(long id, CommentStatus status, long version, CommentStatus previousStatus,
                       RejectReason previousReason, String previousNote, Instant previousDecidedAt,
                       Long previousDecidedBy, int previousReportsHandled, AutomaticDecision previousAutomatic) {
}
