package de.newsroom.console.comment.surge;

/**
 * What the console does while the surge guard is active.
 * <ul>
 *   <li>{@code HOLD_ALL}: every new comment is taken in as pending with the flag {@code surge-hold}, also a trusted
 *       commenter's (trust approves only unflagged comments), and the reader is told that review takes longer.</li>
 *   <li>{@code CLOSE_HOT_ARTICLES}: the articles that drew the most comments in the last minutes refuse new comments
 *       ({@code 403 comments_paused}) until the guard lifts; nothing else changes.</li>
 *   <li>{@code STRICTER_RULES}: a comment the rules flag on arrival (blocked word, too many links) is rejected at
 *       once (reason {@code OTHER}) instead of waiting in the queue; unflagged comments come in as usual.</li>
 * </ul>
 */
public enum SurgePolicy {
    HOLD_ALL, CLOSE_HOT_ARTICLES, STRICTER_RULES
}
