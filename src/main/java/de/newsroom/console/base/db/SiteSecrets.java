package de.newsroom.console.base.db;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secrets the site generates once and keeps in the database (table {@code site_secret}, V64), for keys that every node
 * of a site and every restart must share but nobody configured. Two nodes asking at the same moment get the same
 * value: each offers a random candidate, the first insert wins and both read the winner back.
 */
@Component
public class SiteSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SiteSecrets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored secret called {@code name}, created with {@code length} random bytes (16 or more) if missing. */
    public byte[] getOrCreate(String name, int length) {
        if (length < 16) {
            throw new IllegalArgumentException("a site secret needs at least 16 bytes");
        }
        byte[] candidate = new byte[length];
        RANDOM.nextBytes(candidate);
        // A racing node's insert waits for this one's commit, then does nothing: both read the same row.
        jdbc.update("insert into site_secret (name, value, created_at) values (?, ?, ?) on conflict (name) do nothing",
                name, candidate, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select value from site_secret where name = ?", byte[].class, name);
    }
}
