package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.ThrottledLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled articles when their time has come. Due rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so with several app instances on one database each article is published exactly once. A schedule missed by more
 * than {@link #GRACE} (the app was down) is published at the next run, on start-up, and marked late.
 */
@Component
class ArticleScheduler {

    static final Duration GRACE = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(ArticleScheduler.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    private final ArticleRepository articles;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    ArticleScheduler(ArticleRepository articles, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.articles = articles;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishMissedOnStart() {
        publishDue();
    }

    /**
     * Runs every 20 seconds, so an article goes out well within a minute of its time. While PostgreSQL is unreachable
     * a run is skipped with one log line per kind of failure per interval (the next run catches up).
     */
    @Scheduled(fixedDelayString = "${newsroom.articles.scheduler-delay:PT20S}",
            initialDelayString = "${newsroom.articles.scheduler-delay:PT20S}")
    void publishDue() {
        int published;
        try {
            published = publishDue(clock.instant());
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isTransient(e)) {
                throw e;
            }
            outage.warn(DatabaseErrors.kind(e), "Scheduled publishing skipped, database unavailable ("
                    + DatabaseErrors.describe(e) + ")");
            return;
        }
        outage.recovered("Scheduled publishing runs again");
        if (published > 0) {
            log.info("Published {} scheduled article(s)", published);
        }
    }

    /** Publishes what is due at {@code now}, in batches; returns how many this caller published. */
    int publishDue(Instant now) {
        int total = 0;
        while (true) {
            Integer n = tx.execute(status -> {
                List<Long> due = articles.claimDue(now, BATCH);
                for (Long id : due) {
                    Article article = articles.findById(id).orElseThrow();
                    article.publishScheduled(now, GRACE);
                    audit.recordAs("system", "ARTICLE_PUBLISHED", "article", id,
                            article.isPublishedLate() ? "scheduled, published late" : "scheduled", null);
                }
                articles.flush();
                return due.size();
            });
            total += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                return total;
            }
        }
    }
}
