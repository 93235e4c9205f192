package de.newsroom.console.comment.live;

import java.util.List;

/**
 * Comments were added or decided. Whoever changes comments publishes it as an application event, inside its
 * transaction (or right after an auto-commit); {@code CommentsChangedHandler} hands it on once committed. Open
 * moderation queues receive it through {@link CommentBroadcaster}, also for changes made on another instance.
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
