package de.newsroom.console.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Moving pictures back from the S3 bucket to PostgreSQL: started once with {@code NEWSROOM_MEDIA_S3_*} still set and
 * {@code --newsroom.media.copy-to-database=true}, it copies every object {@code media_blob} lacks (safe to run again);
 * restarted without the S3 variables, the console serves from PostgreSQL. The bucket is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("newsroom.media.copy-to-database")
class MediaBlobCopyBack implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MediaBlobCopyBack.class);

    private final PostgresMediaStore database;
    private final MediaStore source;

    MediaBlobCopyBack(PostgresMediaStore database, MediaStore source) {
        this.database = database;
        this.source = source;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (source == database) {
            log.warn("newsroom.media.copy-to-database is set but no S3 store is configured: nothing copied");
            return;
        }
        long started = System.nanoTime();
        int copied = MediaBlobCopy.copy(source, database);
        log.info("Copied {} picture files from {} to PostgreSQL in {} ms", copied, source.name(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
