package de.newsroom.console.base.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ThrottledLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("throttled-log-test");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final AtomicLong now = new AtomicLong();
    private final ThrottledLog log = new ThrottledLog(logger, Duration.ofSeconds(30), now::get);

    ThrottledLogTest() {
        logger.setLevel(Level.INFO);
        lines.start();
        logger.addAppender(lines);
    }

    @Test
    void one_warning_per_kind_per_interval_with_the_count_left_out_and_one_line_on_recovery() {
        for (int i = 0; i < 500; i++) {
            log.warn("08001", "database unavailable");
            log.warn("57P01", "server shut down");
            now.addAndGet(Duration.ofMillis(100).toNanos());
        }
        // 50 s: each kind at 0 s and again at 30 s.
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "database unavailable", "server shut down",
                "database unavailable (299 more like it since the last report)",
                "server shut down (299 more like it since the last report)");
        assertThat(lines.list).allSatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getThrowableProxy()).isNull();
        });

        log.recovered("reachable again");
        log.recovered("reachable again");
        assertThat(lines.list).hasSize(5);
        assertThat(lines.list.getLast().getLevel()).isEqualTo(Level.INFO);
        assertThat(lines.list.getLast().getFormattedMessage()).isEqualTo("reachable again (1000 failure(s) meanwhile)");

        log.warn("08001", "database unavailable");
        assertThat(lines.list.getLast().getFormattedMessage()).as("a new outage is reported at once")
                .isEqualTo("database unavailable");
    }
}
