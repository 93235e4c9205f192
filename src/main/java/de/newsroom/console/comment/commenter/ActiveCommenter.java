package de.newsroom.console.comment.commenter;

/**
 * An action in force as the list of commenters shows it: the action, and the name its commenter last wrote under
 * (the author name of their newest comment by either key), so that a moderator recognises the person and not only
 * an e-mail address or a masked IP. {@code lastAuthorName} is reader-typed text (show it as text, never as HTML) and
 * null when none of the commenter's comments is left.
 */
public record ActiveCommenter(CommenterAction action, String lastAuthorName) {
}
