package de.newsroom.console.comment.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fans {@link CommentsChanged} out to open moderation views, off the committing thread, so a slow browser never
 * delays an intake request. Views register on attach and remove the registration on detach.
 */
@Component
public class CommentBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CommentBroadcaster.class);

    private final List<Consumer<CommentsChanged>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "comment-broadcaster");
        t.setDaemon(true);
        return t;
    });

    /** Calls {@code listener} for every change until the returned registration is removed. */
    public Registration register(Consumer<CommentsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void broadcast(CommentsChanged change) {
        for (Consumer<CommentsChanged> listener : listeners) {
            executor.execute(() -> {
                try {
                    listener.accept(change);
                } catch (RuntimeException e) {
                    log.debug("A comment listener failed", e);
                }
            });
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
