package de.newsroom.console.comment;

import java.time.Instant;
import java.util.List;

/** One row of the moderation queue; {@code excerpt} is plain text, like everything readers write. */
public record QueueRow(long id, String authorName, String excerpt, long articleId, String articleTitle,
                       Instant createdAt, CommentStatus status, List<String> flags, long version) {

    public QueueRow {
        flags = List.copyOf(flags);
    }
}
