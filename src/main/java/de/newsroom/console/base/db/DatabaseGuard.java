package de.newsroom.console.base.db;

import de.newsroom.console.base.log.ThrottledLog;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "database" circuit breaker (Resilience4j) and the short timeouts of the paths that must fail fast: the public
 * comment POST, the reader API and the readiness probe. When connection failures or timeouts pile up (at least half of
 * the last {@link #WINDOW} calls, at least {@link #MINIMUM_CALLS} of them) the breaker opens: those paths answer 503 at
 * once, and every connection the application asks for fails at once ({@link GuardedDataSource}) instead of waiting
 * for the pool's timeout. While it is open a background probe opens a fresh connection outside the pool every
 * {@code newsroom.db.retry-interval} (refused within milliseconds while PostgreSQL is down, given up after about a
 * second while it hangs) and closes the breaker when {@code select 1} answers, so requests recover within about a
 * second of PostgreSQL accepting connections again and no reader's request pays for the probing. Without such a
 * connection (a DataSource that is not Hikari's) Resilience4j's own half-open probe by a request takes over after
 * {@link #FALLBACK_OPEN}.
 *
 * <p>Logs one WARN when the breaker opens (with the failure that opened it) and one INFO when it closes again.
 */
public class DatabaseGuard {

    static final int WINDOW = 10;
    static final int MINIMUM_CALLS = 3;
    static final Duration FALLBACK_OPEN = Duration.ofSeconds(30);
    /** What a refused client is told to wait before trying again (the {@code Retry-After} header), in seconds. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);
    private static final ThreadLocal<Integer> NETWORK_TIMEOUT = new ThreadLocal<>();

    private final CircuitBreaker breaker;
    private final int requestTimeoutMillis;
    private final LongAdder refused = new LongAdder();
    private volatile String lastFailure = "unknown";
    private volatile long openedAtNanos;
    private final Duration retryInterval;
    private volatile Connector probeConnector;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-probe");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> probing;

    /** Opens a connection to the database outside the pool, with short connect and login timeouts. */
    @FunctionalInterface
    interface Connector {
        Connection open() throws SQLException;
    }

    /**
     * @param requestTimeout how long a fast path waits for PostgreSQL to answer one statement (the socket's network
     *                       timeout on its connection), so a hanging server costs a request this much at most
     * @param retryInterval  how often the background probe tries PostgreSQL while the breaker is open
     */
    public DatabaseGuard(Duration requestTimeout, Duration retryInterval) {
        this.requestTimeoutMillis = Math.toIntExact(requestTimeout.toMillis());
        this.retryInterval = retryInterval;
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                // Not LOCK_FREE: Resilience4j 2.4.0's lock-free window threw NullPointerExceptions under concurrent
                // errors (LockFreeFixedSizeSlidingWindowMetrics.record) in the outage drill.
                .slidingWindow(WINDOW, MINIMUM_CALLS, SlidingWindowType.COUNT_BASED,
                        SlidingWindowSynchronizationStrategy.SYNCHRONIZED)
                .failureRateThreshold(50)
                .waitDurationInOpenState(FALLBACK_OPEN)
                .permittedNumberOfCallsInHalfOpenState(1)
                // A probe whose outcome never arrives must not keep the breaker half-open for good.
                .maxWaitDurationInHalfOpenState(Duration.ofSeconds(5))
                .recordException(DatabaseErrors::isOutage)
                // A refused call is answered at once; its exception needs no stack trace.
                .writableStackTraceEnabled(false)
                .build();
        this.breaker = CircuitBreaker.of("database", config);
        breaker.getEventPublisher()
                .onError(e -> lastFailure = DatabaseErrors.describe(e.getThrowable()))
                .onCallNotPermitted(e -> refused.increment())
                .onStateTransition(e -> transition(e.getStateTransition()));
    }

    private void transition(CircuitBreaker.StateTransition transition) {
        switch (transition) {
            case CLOSED_TO_OPEN -> {
                openedAtNanos = System.nanoTime();
                refused.reset();
                log.warn("Database unreachable ({}): failing fast now (comment POST and reader API answer 503, "
                        + "the console shows \"try again\"); probing every {} ms", lastFailure,
                        retryInterval.toMillis());
                startProbing();
            }
            case HALF_OPEN_TO_OPEN -> startProbing();
            case OPEN_TO_CLOSED, HALF_OPEN_TO_CLOSED -> {
                stopProbing();
                log.info("Database reachable again after {} ms; {} call(s) refused meanwhile",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - openedAtNanos), refused.sum());
            }
            case CLOSED_TO_FORCED_OPEN, FORCED_OPEN_TO_CLOSED, FORCED_OPEN_TO_HALF_OPEN, FORCED_OPEN_TO_OPEN ->
                    log.info("Database circuit breaker: {}", transition);
            default -> {
                // Open -> half-open: the fallback probe by a request, not worth a line.
            }
        }
    }

    private synchronized void startProbing() {
        if (probeConnector != null && (probing == null || probing.isDone())) {
            long millis = retryInterval.toMillis();
            probing = prober.scheduleWithFixedDelay(this::probe, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void stopProbing() {
        if (probing != null) {
            probing.cancel(false);
            probing = null;
        }
    }

    /** One probe: closes the breaker when PostgreSQL answers on a fresh connection. */
    void probe() {
        if (breaker.getState() != CircuitBreaker.State.OPEN && breaker.getState() != CircuitBreaker.State.HALF_OPEN) {
            stopProbing();
            return;
        }
        try (Connection connection = probeConnector.open()) {
            connection.setNetworkTimeout(Runnable::run, requestTimeoutMillis);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select 1");
            }
            breaker.transitionToClosedState();
        } catch (SQLException | RuntimeException e) {
            lastFailure = DatabaseErrors.describe(e);
        }
    }

    /** Lets the background probe open connections this way (the first DataSource wrapped gives it). */
    void probeWith(Connector connector) {
        if (probeConnector == null) {
            probeConnector = connector;
        }
    }

    /** Stops the probe thread (the application context closes). */
    public void shutdown() {
        prober.shutdownNow();
    }

    /**
     * Runs {@code work} for a request that must fail fast: refused at once while the breaker is open (throws
     * {@link CallNotPermittedException}), with the short network timeout on every connection it opens, and with its
     * outcome counted (only connection failures and timeouts count as failures).
     */
    public <T> T call(Supplier<T> work) {
        return call(requestTimeoutMillis, work);
    }

    /** {@link #call(Supplier)} with its own network timeout. */
    public <T> T call(int networkTimeoutMillis, Supplier<T> work) {
        Integer previous = NETWORK_TIMEOUT.get();
        NETWORK_TIMEOUT.set(networkTimeoutMillis);
        try {
            return breaker.executeSupplier(work);
        } finally {
            restore(previous);
        }
    }

    /**
     * Gives connections opened by this thread the short network timeout until the returned scope is closed, without
     * asking the breaker (for code that counts its failures through {@link #recordFailure}).
     */
    public Scope shortTimeouts() {
        Integer previous = NETWORK_TIMEOUT.get();
        NETWORK_TIMEOUT.set(requestTimeoutMillis);
        return () -> restore(previous);
    }

    private static void restore(Integer previous) {
        if (previous == null) {
            NETWORK_TIMEOUT.remove();
        } else {
            NETWORK_TIMEOUT.set(previous);
        }
    }

    /** A {@link #shortTimeouts} scope. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** True while the breaker refuses calls: work that would only wait for the pool's timeout can give up now. */
    public boolean refusing() {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    /**
     * Counts {@code error} against the database if it is a connection failure or timeout; else does nothing (a pool
     * with every connection lent out is overload, not an outage: {@link DatabaseErrors#isOutage}).
     */
    public void recordFailure(Throwable error) {
        if (DatabaseErrors.isOutage(error) && !(error instanceof CallNotPermittedException)) {
            breaker.onError(0, TimeUnit.NANOSECONDS, error);
        }
    }

    /**
     * Before a connection is handed out: refuses it at once while the breaker is open. Once the retry interval is
     * over, the first caller moves the breaker to half-open and leaves the one probe to the fast paths.
     */
    void beforeConnect() throws SQLTransientConnectionException {
        if (refusing()) {
            if (!breaker.tryAcquirePermission()) {
                throw new SQLTransientConnectionException(
                        "The database is not reachable; not trying again for now (circuit breaker open)", "08001");
            }
            breaker.releasePermission();
        }
    }

    /** The network timeout asked for on this thread, or null. */
    static Integer requestedNetworkTimeout() {
        return NETWORK_TIMEOUT.get();
    }

    public int requestTimeoutMillis() {
        return requestTimeoutMillis;
    }

    /** The breaker itself, for tests and health details. */
    public CircuitBreaker breaker() {
        return breaker;
    }
}
