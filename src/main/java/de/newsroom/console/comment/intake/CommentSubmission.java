package de.newsroom.console.comment.intake;

/**
 * A reader's comment as posted to the public API.
 *
 * @param website honeypot: invisible to people, filled in by bots; a filled one is discarded silently
 */
public record CommentSubmission(String authorName, String email, String body, Long parentId, String website) {
}
