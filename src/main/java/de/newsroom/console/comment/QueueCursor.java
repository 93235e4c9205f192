package de.newsroom.console.comment;

import java.time.Instant;

/** Where the previous queue page ended: the last row's creation time and id (keyset paging, never OFFSET). */
public record QueueCursor(Instant createdAt, long id) {

    public static QueueCursor after(QueueRow row) {
        return new QueueCursor(row.createdAt(), row.id());
    }
}
