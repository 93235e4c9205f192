package de.newsroom.console.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import de.newsroom.console.base.domain.ClockTicker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts failed logins per client (by keyed hash, in memory): {@value #LIMIT} failures within ten minutes block that
 * client for fifteen minutes, whichever accounts it tried. Memory stays bounded because an entry expires once it is
 * neither blocked nor holds a failure from the last ten minutes.
 */
final class AddressThrottle {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final Cache<String, Entry> entries;

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil;

        /** When the entry stops mattering: its block ends and its newest failure has left the window. */
        synchronized Instant idleFrom() {
            Instant lastFailure = failures.isEmpty() ? Instant.MIN : failures.peekLast().plus(WINDOW);
            return blockedUntil != null && blockedUntil.isAfter(lastFailure) ? blockedUntil : lastFailure;
        }
    }

    /** {@code ticker}: the time of the {@code now} callers pass, in nanoseconds since the epoch. */
    AddressThrottle(Ticker ticker) {
        this.entries = Caffeine.newBuilder().ticker(ticker).expireAfter(new Expiry<String, Entry>() {
            @Override
            public long expireAfterCreate(String client, Entry entry, long currentTime) {
                return nanosUntil(entry.idleFrom(), currentTime);
            }

            @Override
            public long expireAfterUpdate(String client, Entry entry, long currentTime, long currentDuration) {
                return nanosUntil(entry.idleFrom(), currentTime);
            }

            @Override
            public long expireAfterRead(String client, Entry entry, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    private static long nanosUntil(Instant at, long currentTimeNanos) {
        if (at == Instant.MIN) {
            return 0;
        }
        return Math.max(0, ClockTicker.nanos(at) - currentTimeNanos);
    }

    boolean isBlocked(String client, Instant now) {
        if (client == null) {
            return false;
        }
        Entry entry = entries.getIfPresent(client);
        if (entry == null) {
            return false;
        }
        synchronized (entry) {
            return entry.blockedUntil != null && entry.blockedUntil.isAfter(now);
        }
    }

    /** Counts one failure; true when this failure blocked the client. */
    boolean recordFailure(String client, Instant now) {
        if (client == null) {
            return false;
        }
        boolean[] blockedNow = new boolean[1];
        // A compute, so that Caffeine restarts the entry's expiry from what this failure changed.
        entries.asMap().compute(client, (k, existing) -> {
            Entry entry = existing == null ? new Entry() : existing;
            synchronized (entry) {
                entry.failures.addLast(now);
                while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(now.minus(WINDOW))) {
                    entry.failures.removeFirst();
                }
                boolean alreadyBlocked = entry.blockedUntil != null && entry.blockedUntil.isAfter(now);
                if (!alreadyBlocked && entry.failures.size() >= LIMIT) {
                    entry.blockedUntil = now.plus(BLOCK);
                    entry.failures.clear();
                    blockedNow[0] = true;
                }
            }
            return entry;
        });
        return blockedNow[0];
    }

    void clear() {
        entries.invalidateAll();
    }
}
