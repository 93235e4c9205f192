package de.newsroom.console.comment.live;

import java.util.List;

/**
 * Raised after a commit that added comments or decided them, in this instance or (via PostgreSQL NOTIFY) another.
 * Open moderation queues refresh on it.
 *
 * @param kind NEW for stored comments, DECIDED for moderation decisions
 * @param ids the comments concerned (may be empty when unknown)
 */
public record CommentsChanged(Kind kind, List<Long> ids) {

    public enum Kind { NEW, DECIDED }

    public CommentsChanged {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }
}
