package de.newsroom.console.comment.live;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fans {@link CommentsChanged} out to open moderation views, off the committing thread, so a slow browser never
 * delays an intake request. Views register on attach and remove the registration on detach.
 * <p>
 * New comments reach the views together, at most one change every {@link #NEW_INTERVAL_MILLIS} per view: each
 * change costs an open queue a refresh (a count query and its rows pushed to the browser), and one per comment made
 * 500 comments a second into 500 refreshes a second per moderator, more than the broadcasting thread could run, so
 * the backlog grew in the heap and the queues fell minutes behind. Decisions still go out one by one, at once.
 */
@Component
public class CommentBroadcaster {

    /** How long new comments are collected before the views hear of them together. */
    static final long NEW_INTERVAL_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(CommentBroadcaster.class);

    private final List<Consumer<CommentsChanged>> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Long> newIds = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "comment-broadcaster");
        t.setDaemon(true);
        return t;
    });

    public CommentBroadcaster() {
        executor.scheduleWithFixedDelay(this::flushNew, NEW_INTERVAL_MILLIS, NEW_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Calls {@code listener} for every change until the returned registration is removed. */
    public Registration register(Consumer<CommentsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void broadcast(CommentsChanged change) {
        if (change.kind() == CommentsChanged.Kind.NEW && !change.ids().isEmpty()) {
            newIds.addAll(change.ids());
            return;
        }
        executor.execute(() -> deliver(change));
    }

    private void flushNew() {
        List<Long> ids = new ArrayList<>();
        for (Long id = newIds.poll(); id != null; id = newIds.poll()) {
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            deliver(new CommentsChanged(CommentsChanged.Kind.NEW, ids));
        }
    }

    private void deliver(CommentsChanged change) {
        for (Consumer<CommentsChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.debug("A comment listener failed", e);
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
