package de.newsroom.console.comment;

/**
 * Which automation decided a comment that no person decided ({@code comment.decided_automatically}; decision 22):
 * the comment row is the only record of such a decision, because the intake writes no audit row per comment.
 */
public enum AutomaticDecision {
    /** Rejected as spam on arrival: the author is on the admins' block list. */
    BLOCKED_AUTHOR,
    /** Rejected on arrival: a rule flagged it while the surge guard applied stricter rules. */
    SURGE_STRICTER_RULES,
    /** Approved on arrival: a moderator trusts the commenter. */
    TRUSTED_COMMENTER,
    /** Approved on arrival by automatic trust (enough approved and no rejected comments). */
    AUTOMATIC_TRUST
}
