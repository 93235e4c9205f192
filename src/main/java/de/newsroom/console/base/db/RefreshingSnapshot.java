package de.newsroom.console.base.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database and served from memory, so that a hot path (the comment POST) pays no statement
 * for settings that rarely change. Read again when older than {@code maxAge} (which bounds how late another
 * instance's change arrives) or after this instance's own change commits ({@link #dropAfterCommit}). A rolled-back
 * change keeps the value; a clock that went backwards reads again.
 *
 * @param <T> the immutable value, e.g. a record of the rules in force
 */
public final class RefreshingSnapshot<T> {

    private record Entry<T>(T value, Instant readAt) {
    }

    private final Clock clock;
    private final Duration maxAge;
    private final Supplier<T> reader;
    private volatile Entry<T> entry;

    public RefreshingSnapshot(Clock clock, Duration maxAge, Supplier<T> reader) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.reader = reader;
    }

    /** The value, read again first when it is older than the maximum age or was dropped. */
    public T get() {
        Entry<T> current = entry;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(maxAge).isBefore(now) || current.readAt().isAfter(now)) {
            current = new Entry<>(reader.get(), now);
            entry = current;
        }
        return current.value();
    }

    /** Drops the value once the current transaction commits (at once outside a transaction). */
    public void dropAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entry = null;
                }
            });
        } else {
            entry = null;
        }
    }
}
