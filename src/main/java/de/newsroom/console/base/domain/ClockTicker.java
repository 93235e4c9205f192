package de.newsroom.console.base.domain;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Caffeine's time read from a {@link Clock} (nanoseconds since the epoch), so expiring caches follow the injected
 * clock, and tests that move it by hand see entries expire, instead of the JVM's nanoTime.
 */
public final class ClockTicker implements Ticker {

    private final Supplier<Clock> clock;

    private ClockTicker(Supplier<Clock> clock) {
        this.clock = clock;
    }

    public static Ticker of(Clock clock) {
        return new ClockTicker(() -> clock);
    }

    /** For holders whose clock may be replaced (tests): read anew on every tick. */
    public static Ticker of(Supplier<Clock> clock) {
        return new ClockTicker(clock);
    }

    @Override
    public long read() {
        return nanos(clock.get().instant());
    }

    /** {@code at} on this ticker's scale, for expiry computed from instants. */
    public static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
