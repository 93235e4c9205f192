package de.newsroom.console.comment.intake;

import java.time.Instant;
import java.util.List;

/**
 * An approved comment as readers see it: never the e-mail or the client hash. Text is plain, never HTML.
 * {@code editedByNewsroom}: the newsroom changed the text (the reader's original is never published);
 * {@code fromNewsroom}: a reply the newsroom wrote.
 */
public record PublicComment(long id, Long parentId, String authorName, String body, Instant createdAt,
                            boolean editedByNewsroom, boolean fromNewsroom, List<PublicComment> replies) {
}
