package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.db.OutageDrill.Answer;
import de.newsroom.console.base.db.OutageDrill.Phase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console against a PostgreSQL server that goes down and comes back, and one that hangs (SIGSTOP) and wakes up,
 * with eight readers posting comments throughout: every POST during the outage is answered 503 with Retry-After and
 * the JSON error quickly, never 500; readiness turns DOWN within 2 s; posting works again within 5 s; every comment
 * acknowledged is stored exactly once, and every refused one is stored once when sent again with its key; the log
 * stays short and free of stack traces. Thresholds are generous against a busy machine; the log line with the real
 * numbers is what the benchmark's "outage" row reports.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageTest.class);
    private static final int CLIENTS = 8;
    private static OutageDrill drill;

    @BeforeAll
    static void start() throws Exception {
        drill = OutageDrill.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (drill != null) {
            drill.close();
        }
    }

    @Test
    @Order(1)
    void while_postgres_is_down_posts_get_503_at_once_and_recover_after_the_restart() throws Exception {
        StoppablePostgres pg = drill.postgres();
        Phase phase = drill.run("down", CLIENTS, Duration.ofSeconds(4), pg::stop, pg::start);
        log.info("Outage drill {}{}", phase.summary(), phase.logDigest());
        assertOutageAnswered(phase);
        assertNothingLostOrDoubled(phase);
    }

    @Test
    @Order(2)
    void while_postgres_hangs_posts_get_503_within_two_seconds_and_recover_after_it_wakes() throws Exception {
        StoppablePostgres pg = drill.postgres();
        Phase phase = drill.run("hung", CLIENTS, Duration.ofSeconds(4), pg::freeze, pg::thaw);
        log.info("Outage drill {}{}", phase.summary(), phase.logDigest());
        assertOutageAnswered(phase);
        assertNothingLostOrDoubled(phase);
    }

    /**
     * The targets are a p99 of 1 s (down) and 2 s (hanging); the assertions leave room for a machine shared with
     * other builds (load averages of 20 on two cores were seen), the log line has the real figures.
     */
    private static void assertOutageAnswered(Phase phase) {
        long maxMillis = 3000;
        List<Answer> during = phase.duringOutage();
        assertThat(during).as("posts sent during the outage").hasSizeGreaterThan(CLIENTS);
        assertThat(during).allSatisfy(a -> {
            assertThat(a.status()).as("status of %s", a.key()).isEqualTo(503);
            assertThat(a.retryAfter()).isEqualTo(String.valueOf(DatabaseGuard.RETRY_AFTER_SECONDS));
            assertThat(a.json()).contains("\"status\":503", "\"error\":\"unavailable\"");
            assertThat(a.millis()).as("answer time of %s", a.key()).isLessThan(maxMillis);
        });
        assertThat(phase.percentile(99)).as("p99 of the 503 answers").isLessThan(2000);
        assertThat(phase.answers()).extracting(Answer::status).as("never a 500 or a dropped connection")
                .containsOnly(202, 503);
        assertThat(phase.readinessDownMillis()).as("readiness DOWN after").isLessThan(2000);
        assertThat(phase.recoveryMillis()).as("first accepted comment after the fix").isLessThan(5000);
        assertThat(phase.readinessUpMillis()).as("readiness UP after the fix").isLessThan(5000);
        assertThat(phase.readerStatuses()).as("reader API during the outage").isNotEmpty().containsOnly(503);
        assertThat(phase.stackTraces()).as("stack traces logged during the outage").isZero();
        assertThat(phase.logLines()).as("log lines during the outage").isLessThan(40);
    }

    /**
     * Every 202 stands for exactly one stored comment (sending it again with its key replays the same id); every 503
     * is sent again with its key and then stored exactly once (a statement PostgreSQL committed just before it froze
     * is replayed, not stored twice).
     */
    private static void assertNothingLostOrDoubled(Phase phase) {
        Map<String, Long> acknowledged = phase.answers().stream().filter(a -> a.status() == 202)
                .collect(Collectors.toMap(Answer::key, a -> id(a.json())));
        for (Answer a : phase.answers()) {
            Answer again = drill.post(a.key(), a.body());
            assertThat(again.status()).as("retry of %s (first answer %d)", a.key(), a.status()).isEqualTo(202);
            if (a.status() == 202) {
                assertThat(id(again.json())).as("replayed id").isEqualTo(acknowledged.get(a.key()));
            }
        }
        Map<String, Integer> stored = drill.jdbc().query("""
                        select body, count(*) from comment
                        where article_id = (select id from article where slug = ?) and body like ?
                        group by body""",
                rs -> {
                    Map<String, Integer> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getInt(2));
                    }
                    return m;
                }, drill.slug(), phase.name() + " %");
        assertThat(stored).as("one row per comment sent").hasSize(phase.answers().size());
        assertThat(stored.values()).as("no comment stored twice").containsOnly(1);
    }

    private static long id(String json) {
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as("id in %s", json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
