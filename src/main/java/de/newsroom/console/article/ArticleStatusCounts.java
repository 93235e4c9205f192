package de.newsroom.console.article;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.ThrottledLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the change rows that V90's triggers append to {@code article_status_count} into one row per author and
 * status, every minute, so the tab counts sum a few hundred rows (decision 0020). One statement: the rows it deletes
 * are the rows it adds up, so a change appended meanwhile, or a second node folding at the same time, is neither
 * lost nor counted twice. An idle newsroom has nothing to fold and writes nothing.
 */
@Component
class ArticleStatusCounts {

    private static final Logger log = LoggerFactory.getLogger(ArticleStatusCounts.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    private final JdbcTemplate jdbc;

    ArticleStatusCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${newsroom.articles.count-fold-every:PT1M}", initialDelayString = "PT1M")
    void run() {
        try {
            fold();
            outage.recovered("Folding the article counts runs again");
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isTransient(e)) {
                throw e;
            }
            outage.warn(DatabaseErrors.kind(e), "Folding the article counts skipped, database unavailable ("
                    + DatabaseErrors.describe(e) + ")");
        }
    }

    /** Folds every author and status with more than one row; returns how many rows it folded. */
    int fold() {
        Integer folded = jdbc.queryForObject("""
                with gone as (
                    delete from article_status_count c
                    where (c.author_id, c.status) in (select author_id, status from article_status_count
                                                      group by 1, 2 having count(*) > 1)
                    returning c.author_id, c.status, c.n),
                kept as (
                    insert into article_status_count (author_id, status, n)
                    select author_id, status, sum(n) from gone group by 1, 2 having sum(n) <> 0)
                select count(*)::int from gone""", Integer.class);
        return folded == null ? 0 : folded;
    }
}
