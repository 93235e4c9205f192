package de.newsroom.console.base.db;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code db} health check of the readiness group: DOWN at once while the circuit breaker is open, else one
 * {@code select 1} through the breaker with a short network timeout, so readiness turns DOWN within about a second of
 * PostgreSQL stopping or hanging (the pool's connection timeout or this timeout, whichever comes first). The breaker's
 * background probe closes it again without any traffic, so readiness turns UP again on its own.
 */
class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseGuard guard;
    private final JdbcTemplate jdbc;
    private final int timeoutMillis;

    DatabaseHealthIndicator(DatabaseGuard guard, JdbcTemplate jdbc, Duration timeout) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    @Override
    public Health health() {
        try {
            guard.call(timeoutMillis, () -> jdbc.queryForObject("select 1", Integer.class));
            return Health.up().withDetail("database", "PostgreSQL").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", DatabaseErrors.kind(e)).build();
        }
    }
}
