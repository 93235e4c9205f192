package de.newsroom.console.comment.live;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one way a comment change is announced: whoever changes comments (the intake's store, a moderation decision)
 * publishes {@link CommentsChanged}, and this hands it on once the change is committed: at once to this instance's
 * open views, and to the other instances through NOTIFY. New reader comments go in {@link NewCommentNotifier}'s
 * batches (a NOTIFY per comment halved the intake's throughput), decisions at once, both from the notifier's thread
 * (the moderator's answer does not wait for it). Outside a transaction (the
 * intake's group commit auto-commits before it publishes) the change is handed on immediately.
 */
@Component
class CommentsChangedHandler {

    private final CommentBroadcaster broadcaster;
    private final NewCommentNotifier notifier;

    CommentsChangedHandler(CommentBroadcaster broadcaster, NewCommentNotifier notifier) {
        this.broadcaster = broadcaster;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(CommentsChanged change) {
        broadcaster.broadcast(change);
        if (change.kind() == CommentsChanged.Kind.NEW) {
            notifier.stored(change.ids());
        } else {
            notifier.decided(change);
        }
    }
}
