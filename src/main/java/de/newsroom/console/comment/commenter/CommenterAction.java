package de.newsroom.console.comment.commenter;

import java.time.Instant;

/**
 * One action on a commenter: what, on which key, why, until when ({@code endsAt}, suspensions only), who took it and,
 * once lifted, who lifted it, when and why. {@code createdBy} and {@code liftedBy} are the accounts' display names (the
 * stored username for an account deleted since).
 */
public record CommenterAction(long id, CommenterActionKind kind, CommenterKey key, String reason, Instant endsAt,
                              String createdBy, Instant createdAt, String liftedBy, Instant liftedAt,
                              String liftReason) {

    /** Whether the action still applies at {@code now}: not lifted, and for a suspension not yet over. */
    public boolean activeAt(Instant now) {
        return liftedAt == null && (endsAt == null || endsAt.isAfter(now));
    }
}
