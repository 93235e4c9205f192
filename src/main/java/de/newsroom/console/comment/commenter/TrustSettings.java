package de.newsroom.console.comment.commenter;

/**
 * Automatic trust: when {@code enabled}, a new unflagged comment is approved on arrival if its commenter has at least
 * {@code minApproved} approved and no rejected or spam comments (and is not pre-moderated).
 */
public record TrustSettings(boolean enabled, int minApproved) {

    public static final int MIN = 1;
    public static final int MAX = 100;
}
