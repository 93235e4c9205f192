package de.newsroom.console.article;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.base.log.ThrottledLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Empties the trash of articles older than the retention, hourly, a batch at a time. */
@Component
class TrashRetention {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(TrashRetention.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    private final ArticleTrash trash;

    TrashRetention(ArticleTrash trash) {
        this.trash = trash;
    }

    @Scheduled(fixedDelayString = "${newsroom.trash.check-every:PT1H}", initialDelayString = "PT2M")
    void run() {
        try {
            int total = 0;
            int n;
            do {
                n = SystemAuthentication.call(() -> trash.deleteExpired(BATCH));
                total += n;
            } while (n == BATCH);
            outage.recovered("Emptying the trash runs again");
            if (total > 0) {
                log.info("Deleted {} article(s) from the trash after the retention period", total);
            }
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isTransient(e)) {
                throw e;
            }
            outage.warn(DatabaseErrors.kind(e), "Emptying the trash skipped, database unavailable ("
                    + DatabaseErrors.describe(e) + ")");
        }
    }
}
