package de.newsroom.console.comment.surge;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The surge guard's state in this instance's memory, for the intake (no statement per comment) and the views. The
 * {@link SurgeEvaluator} renews it on every run (every few seconds, so another instance's switch arrives within one
 * interval) and at once after its own switch; views register to hear of every change.
 */
@Component
public class SurgeGuard {

    private static final Logger log = LoggerFactory.getLogger(SurgeGuard.class);

    private final List<Consumer<SurgeStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SurgeStatus current = SurgeStatus.INACTIVE;

    /** The state as last read: no database access, safe on the comment POST path. */
    public SurgeStatus current() {
        return current;
    }

    /** Calls {@code listener} with the new state after every change until the registration is removed. */
    public Registration register(Consumer<SurgeStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Takes {@code status} over; tells the listeners if it differs from what this instance knew. */
    void update(SurgeStatus status) {
        SurgeStatus before = current;
        current = status;
        if (!Objects.equals(before, status)) {
            for (Consumer<SurgeStatus> listener : listeners) {
                try {
                    listener.accept(status);
                } catch (RuntimeException e) {
                    log.debug("A surge guard listener failed", e);
                }
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
