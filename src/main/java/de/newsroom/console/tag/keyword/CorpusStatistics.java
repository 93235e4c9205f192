package de.newsroom.console.tag.keyword;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the published corpus' lexeme document frequencies ({@code taxonomy_lexeme_df}) fresh enough for keyword
 * ranking: rebuilt once the application is ready (after demo seeding) and then every
 * {@code newsroom.taxonomy.df-refresh} (default one hour). Readers are never blocked by a rebuild.
 */
@Component
class CorpusStatistics {

    private static final Logger log = LoggerFactory.getLogger(CorpusStatistics.class);

    private final JdbcTemplate jdbc;

    CorpusStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        // The keyword suggestions' dictionary is read here, not by the first editor who asks for suggestions.
        Thread.ofVirtual().name("german-dictionary").start(() -> {
            GermanDictionary.warmUp();
            GeneralFrequency.warmUp();
        });
        refresh();
    }

    @Scheduled(fixedDelayString = "${newsroom.taxonomy.df-refresh:PT1H}",
            initialDelayString = "${newsroom.taxonomy.df-refresh:PT1H}")
    void refresh() {
        long start = System.nanoTime();
        jdbc.execute("refresh materialized view concurrently taxonomy_lexeme_df");
        log.debug("Lexeme statistics refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
