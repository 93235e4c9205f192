package de.newsroom.console.base.db;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link SeedStep} once per database, however many nodes start at the same moment. All steps run in one
 * transaction that first takes a transaction-scoped PostgreSQL advisory lock: a second node waits for the first one's
 * commit, then finds every step recorded in {@code seed_state} and skips it. A node that dies mid-seed commits
 * nothing, neither data nor record, so the next start seeds the whole step again instead of trusting half of it.
 */
@Component
@Order(0)
class StartupSeeding implements ApplicationRunner {

    /** The advisory lock's key ("newsroom" in ASCII); one-key locks do not collide with comment_store's two-key ones. */
    static final long LOCK_KEY = 0x6E657773726F6F6DL;
    private static final Logger log = LoggerFactory.getLogger(StartupSeeding.class);
    private static final long POLL_MILLIS = 200;
    private static final long REPORT_EVERY_MILLIS = 10_000;

    private final List<SeedStep> steps;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lockWait;

    StartupSeeding(List<SeedStep> steps, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                   @Value("${newsroom.seed.lock-wait:30m}") Duration lockWait) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(SeedStep::order)).toList();
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.lockWait = lockWait;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (steps.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(this::seedAll);
    }

    private void seedAll(TransactionStatus status) {
        awaitLock();
        for (SeedStep step : steps) {
            if (isRecorded(step.name())) {
                log.debug("Seed step {} already done", step.name());
                continue;
            }
            boolean complete = step.seed();
            // JPA writes of one step must reach the database before the next step reads it with plain SQL.
            status.flush();
            if (complete) {
                jdbc.update("insert into seed_state (step, completed_at) values (?, ?)", step.name(),
                        Timestamp.from(clock.instant()));
                log.info("Seed step {} done", step.name());
            }
        }
    }

    /**
     * Polls instead of blocking in {@code pg_advisory_xact_lock}: one long wait could outlast the JDBC socket timeout
     * while the other node generates a large data set, and polling lets this node say why it is not ready yet.
     */
    private void awaitLock() {
        long start = System.nanoTime();
        long reported = -REPORT_EVERY_MILLIS;
        while (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
                LOCK_KEY))) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > lockWait.toMillis()) {
                throw new IllegalStateException("Another node has been seeding this database for over " + lockWait
                        + "; giving up (newsroom.seed.lock-wait).");
            }
            if (waited - reported >= REPORT_EVERY_MILLIS) {
                reported = waited;
                log.info("Waiting for another node to finish seeding this database ({} s so far)", waited / 1000);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the seeding lock", e);
            }
        }
    }

    private boolean isRecorded(String step) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from seed_state where step = ?)",
                Boolean.class, step));
    }
}
