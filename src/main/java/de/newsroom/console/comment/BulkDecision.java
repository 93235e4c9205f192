package de.newsroom.console.comment;

import java.time.Instant;
import java.util.List;

/**
 * What a bulk decision did: the comments it decided and, for each one it left alone, why.
 *
 * @param decided the ids decided by this call
 * @param skipped the comments not decided, each with the reason and, when someone else decided it, who, what, when
 * @param decisions what each decision replaced, for an undo
 */
public record BulkDecision(List<Long> decided, List<Skipped> skipped, List<Decision> decisions) {

    public BulkDecision {
        decided = List.copyOf(decided);
        skipped = List.copyOf(skipped);
        decisions = List.copyOf(decisions);
    }

    public BulkDecision(List<Long> decided, List<Skipped> skipped) {
        this(decided, skipped, List.of());
    }

    /** Why a comment was left alone. */
    public enum Reason {
        /** Decided by someone else since the moderator read it: {@link Skipped#status()} says what, by whom, when. */
        DECIDED,
        /** Still pending, but changed since the moderator read it. */
        CHANGED,
        /** Deleted. */
        GONE
    }

    /**
     * A comment left alone.
     *
     * @param status its status now, null when gone
     * @param decidedBy display name of whoever decided it, null for automatic decisions or when not decided
     * @param decidedAt when it was decided, null when not decided
     */
    public record Skipped(long id, Reason reason, CommentStatus status, String decidedBy, Instant decidedAt) {
    }
}
