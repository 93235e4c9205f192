package de.newsroom.console.comment.commenter;

/**
 * What a moderator did to a commenter, strongest first: when several active actions match a new comment, the first
 * in this order decides.
 */
public enum CommenterActionKind {
    /** Cannot post until the action is lifted. */
    BAN,
    /** Cannot post until the end date (or until lifted). */
    SUSPEND,
    /** Every new comment waits for a moderator, even when trust would approve it. */
    PREMODERATE,
    /** New unflagged comments are approved on arrival. */
    TRUST
}
