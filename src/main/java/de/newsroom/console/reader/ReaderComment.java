package de.newsroom.console.reader;

import java.time.Instant;

/** An approved comment for the preview page: plain text, never the e-mail address or the client hash. */
public record ReaderComment(long id, Long parentId, String authorName, String body, Instant createdAt) {
}
