package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The seeding wrapper on its own: a step that dies half-way leaves neither data nor record (the next start does it
 * again), a completed step is never run again, a step that could not seed yet is retried, and a start waits while
 * another node holds the seeding lock.
 */
@IntegrationTest
class StartupSeedingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    /** Writes a probe row into site_secret (no table of its own needed), then fails as often as told. */
    private final class ProbeStep implements SeedStep {
        final String name;
        final AtomicInteger runs = new AtomicInteger();
        int failures;
        boolean complete = true;

        ProbeStep(String name) {
            this.name = name;
        }

        @Override
        public int order() {
            return 0;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean seed() {
            runs.incrementAndGet();
            jdbc.update("insert into site_secret (name, value, created_at) values (?, ?, now())",
                    name + "#" + runs.get(), new byte[16]);
            if (failures-- > 0) {
                throw new IllegalStateException("node died half-way");
            }
            return complete;
        }
    }

    private StartupSeeding seeding(SeedStep step) {
        return new StartupSeeding(List.of(step), jdbc, transactions, clock, Duration.ofSeconds(30));
    }

    private int probes(String name) {
        return jdbc.queryForObject("select count(*) from site_secret where name like ?", Integer.class, name + "#%");
    }

    private boolean recorded(String name) {
        return jdbc.queryForObject("select exists (select 1 from seed_state where step = ?)", Boolean.class, name);
    }

    @Test
    void a_step_that_died_half_way_is_done_again_and_then_never_more() {
        ProbeStep step = new ProbeStep("probe-died");
        step.failures = 1;

        assertThatThrownBy(() -> seeding(step).run(null)).hasMessageContaining("half-way");
        assertThat(probes("probe-died")).as("the half-done step left no data").isZero();
        assertThat(recorded("probe-died")).isFalse();

        seeding(step).run(null);
        assertThat(probes("probe-died")).isEqualTo(1);
        assertThat(recorded("probe-died")).isTrue();

        seeding(step).run(null);
        assertThat(step.runs).as("skipped once recorded").hasValue(2);
    }

    @Test
    void a_step_that_could_not_seed_yet_is_tried_at_the_next_start() {
        ProbeStep step = new ProbeStep("probe-not-yet");
        step.complete = false;

        seeding(step).run(null);
        assertThat(recorded("probe-not-yet")).isFalse();
        step.complete = true;
        seeding(step).run(null);

        assertThat(step.runs).hasValue(2);
        assertThat(recorded("probe-not-yet")).isTrue();
    }

    @Test
    void a_start_waits_while_another_node_holds_the_seeding_lock() throws Exception {
        ProbeStep step = new ProbeStep("probe-waits");
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, StartupSeeding.LOCK_KEY);
                lock.execute();
            }
            CompletableFuture<Void> start = CompletableFuture.runAsync(() -> seeding(step).run(null));
            Thread.sleep(1_000);
            assertThat(start).as("still waiting for the lock").isNotDone();
            assertThat(step.runs).hasValue(0);

            otherNode.commit();
            start.get(30, TimeUnit.SECONDS);
        }
        assertThat(step.runs).hasValue(1);
        assertThat(recorded("probe-waits")).isTrue();
    }
}
