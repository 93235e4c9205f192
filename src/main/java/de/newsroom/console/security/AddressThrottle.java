package de.newsroom.console.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client (by keyed hash, in memory): {@value #LIMIT} failures within ten minutes block that
 * client for fifteen minutes, whichever accounts it tried. Memory stays bounded because idle entries are dropped.
 */
final class AddressThrottle {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration BLOCK = Duration.ofMinutes(15);
    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil;
    }

    boolean isBlocked(String client, Instant now) {
        if (client == null) {
            return false;
        }
        Entry entry = entries.get(client);
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
        if (entries.size() > PURGE_ABOVE) {
            purge(now);
        }
        Entry entry = entries.computeIfAbsent(client, k -> new Entry());
        synchronized (entry) {
            entry.failures.addLast(now);
            while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(now.minus(WINDOW))) {
                entry.failures.removeFirst();
            }
            boolean alreadyBlocked = entry.blockedUntil != null && entry.blockedUntil.isAfter(now);
            if (!alreadyBlocked && entry.failures.size() >= LIMIT) {
                entry.blockedUntil = now.plus(BLOCK);
                entry.failures.clear();
                return true;
            }
            return false;
        }
    }

    void clear() {
        entries.clear();
    }

    private void purge(Instant now) {
        entries.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Entry v = e.getValue();
                boolean blocked = v.blockedUntil != null && v.blockedUntil.isAfter(now);
                boolean recent = !v.failures.isEmpty() && v.failures.peekLast().isAfter(now.minus(WINDOW));
                return !blocked && !recent;
            }
        });
    }
}
