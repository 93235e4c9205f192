package de.newsroom.console.reader;

import java.time.Instant;

/**
 * An approved comment for the preview page: plain text, never the e-mail address or the client hash.
 * {@code editedByNewsroom}: the newsroom changed the text; {@code fromNewsroom}: a reply written by the newsroom.
 */
public record ReaderComment(long id, Long parentId, String authorName, String body, Instant createdAt,
                            boolean editedByNewsroom, boolean fromNewsroom) {
}
