package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A busy pool is overload, not an outage. Under the mixed-load benchmark (readers pouring in beside 40 console users)
 * every pooled connection was lent out for a moment, the pool's timeout was counted as "database unreachable", the
 * breaker opened and the whole console showed "try again" for seconds at a time, over and over, although PostgreSQL
 * answered all along. Now the caller that found no free connection gets its transient error (503 for a reader, "try
 * again" in the console), and the breaker opens only when PostgreSQL itself fails.
 */
class DatabaseOverloadTest {

    @Test
    void a_pool_with_every_connection_lent_out_refuses_the_next_caller_without_opening_the_breaker() throws Exception {
        try (StoppablePostgres pg = new StoppablePostgres(); HikariDataSource pool = new HikariDataSource()) {
            pg.start();
            pool.setJdbcUrl(pg.jdbcUrl());
            pool.setUsername("postgres");
            pool.setMaximumPoolSize(1);
            pool.setConnectionTimeout(250);
            pool.setValidationTimeout(250);
            DatabaseGuard guard = new DatabaseGuard(Duration.ofMillis(1500), Duration.ofSeconds(1));
            try (GuardedDataSource data = new GuardedDataSource(pool,
                    new StaticListableBeanFactory(Map.of("guard", guard)).getBeanProvider(DatabaseGuard.class))) {
                try (Connection held = data.getConnection()) {
                    for (int i = 0; i < 2 * DatabaseGuard.WINDOW; i++) {
                        assertThatThrownBy(data::getConnection)
                                .isInstanceOf(SQLTransientConnectionException.class)
                                .satisfies(e -> {
                                    assertThat(DatabaseErrors.isTransient(e)).as("answered as 'try again'").isTrue();
                                    assertThat(DatabaseErrors.isPoolBusy(e)).as("told apart as a busy pool").isTrue();
                                    assertThat(DatabaseErrors.isOutage(e)).isFalse();
                                });
                        guard.recordFailure(new org.springframework.transaction.CannotCreateTransactionException(
                                "Could not open JPA EntityManager",
                                new SQLTransientConnectionException("newsroom - Connection is not available, "
                                        + "request timed out after 250ms (total=1, active=1, idle=0, waiting=0)")));
                    }
                    assertThat(guard.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
                    assertThat(guard.refusing()).isFalse();
                    try (Statement st = held.createStatement()) {
                        assertThat(st.execute("select 1")).isTrue();
                    }
                }
                try (Connection next = data.getConnection(); Statement st = next.createStatement()) {
                    assertThat(st.execute("select 1")).as("the freed connection serves the next caller").isTrue();
                }

                // PostgreSQL really gone: the pool's timeout now carries the failed attempt to connect, and counts.
                pg.stop();
                for (int i = 0; i < DatabaseGuard.MINIMUM_CALLS && !guard.refusing(); i++) {
                    assertThatThrownBy(() -> guard.call(() -> {
                        try (Connection c = data.getConnection(); Statement st = c.createStatement()) {
                            return st.execute("select 1");
                        } catch (java.sql.SQLException e) {
                            throw new DataAccessResourceFailureException("select 1", e);
                        }
                    })).satisfies(e -> assertThat(DatabaseErrors.isOutage(e)).as("%s", e).isTrue());
                }
                assertThat(guard.refusing()).as("the breaker opens for a real outage").isTrue();
            } finally {
                guard.shutdown();
            }
        }
    }
}
