package de.newsroom.console.base.log;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * A logger for failures that repeat while they last (the database being down): one WARN per kind of failure per
 * interval, with how many like it were left out, and one INFO when the failures stop. A ten-second outage under load
 * used to write thousands of lines, most of them stack traces of the same connection error.
 */
public final class ThrottledLog {

    /** How often one kind of failure is logged while it lasts. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final Logger log;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Window> kinds = new ConcurrentHashMap<>();
    private volatile boolean failing;

    public ThrottledLog(Logger log) {
        this(log, DEFAULT_INTERVAL, System::nanoTime);
    }

    public ThrottledLog(Logger log, Duration interval, LongSupplier nanoTime) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Logs {@code message} as a WARN unless a failure of the same {@code kind} was logged less than the interval ago;
     * then it only counts. No stack trace: callers pass what an operator needs in the message.
     */
    public void warn(String kind, String message) {
        failing = true;
        long now = nanoTime.getAsLong();
        Window window = kinds.computeIfAbsent(kind, k -> new Window());
        long suppressed;
        synchronized (window) {
            if (window.logged && now - window.lastLogged < intervalNanos) {
                window.suppressed++;
                window.total++;
                return;
            }
            suppressed = window.suppressed;
            window.logged = true;
            window.lastLogged = now;
            window.suppressed = 0;
            window.total++;
        }
        if (suppressed > 0) {
            log.warn("{} ({} more like it since the last report)", message, suppressed);
        } else {
            log.warn(message);
        }
    }

    /** Logs {@code message} once as an INFO, with the number of failures, if any failure was logged since the last call. */
    public void recovered(String message) {
        if (!failing) {
            return;
        }
        failing = false;
        long total = 0;
        for (Window window : kinds.values()) {
            synchronized (window) {
                total += window.total;
            }
        }
        kinds.clear();
        log.info("{} ({} failure(s) meanwhile)", message, total);
    }

    /** Whether a failure was logged (or counted) since the last {@link #recovered}. */
    public boolean isFailing() {
        return failing;
    }

    private static final class Window {
        boolean logged;
        long lastLogged;
        long suppressed;
        long total;
    }
}
