package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseErrorsTest {

    @Test
    void connection_failures_timeouts_and_shutdowns_are_transient() {
        assertThat(DatabaseErrors.isTransient(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseErrors.isTransient(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .isTrue();
        assertThat(DatabaseErrors.isTransient(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseErrors.isTransient(new SQLException("canceling statement due to timeout", "57014")))
                .isTrue();
        assertThat(DatabaseErrors.isTransient(new DataAccessResourceFailureException("I/O",
                new SocketTimeoutException("Read timed out")))).isTrue();
        assertThat(DatabaseErrors.isTransient(new org.springframework.orm.jpa.JpaSystemException(
                new RuntimeException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseErrors.isTransient(CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("database")))).isTrue();
    }

    @Test
    void constraint_violations_lock_conflicts_and_bugs_are_not() {
        assertThat(DatabaseErrors.isTransient(new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseErrors.isTransient(new CannotAcquireLockException("deadlock",
                new SQLException("deadlock detected", "40P01")))).isFalse();
        assertThat(DatabaseErrors.isTransient(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseErrors.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void the_description_is_one_line_with_the_state_and_no_stack_trace() {
        var error = new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLException("Connection to localhost:5432 refused.\nCheck that the hostname and port are correct",
                        "08001"));
        assertThat(DatabaseErrors.kind(error)).isEqualTo("SQLState 08001");
        assertThat(DatabaseErrors.describe(error)).isEqualTo("SQLState 08001: Connection to localhost:5432 refused.");
    }
}
