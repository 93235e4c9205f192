package de.newsroom.console.media;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Moving pictures from PostgreSQL to the S3 bucket: started once with {@code NEWSROOM_MEDIA_S3_*} set and
 * {@code --newsroom.media.copy-from-database=true}, it copies every blob the bucket lacks (safe to run again), then the
 * console starts as usual and serves from the bucket. The rows in {@code media_blob} stay until an admin deletes them
 * (docs/features/media.md).
 */
@Component
@ConditionalOnBooleanProperty("newsroom.media.copy-from-database")
class MediaBlobCopy implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MediaBlobCopy.class);

    private final PostgresMediaStore database;
    private final MediaStore target;

    MediaBlobCopy(PostgresMediaStore database, MediaStore target) {
        this.database = database;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (target == database) {
            log.warn("newsroom.media.copy-from-database is set but no S3 store is configured: nothing copied");
            return;
        }
        long started = System.nanoTime();
        int copied = copy(database, target);
        log.info("Copied {} picture files from PostgreSQL to {} in {} ms", copied, target.name(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Copies every key of {@code from} that {@code to} does not hold yet; returns how many were copied. */
    static int copy(MediaStore from, MediaStore to) {
        int copied = 0;
        String after = null;
        while (true) {
            List<String> keys = from.keys(after, 200);
            if (keys.isEmpty()) {
                return copied;
            }
            for (String key : keys) {
                if (!to.exists(key)) {
                    byte[] bytes = from.get(key).orElse(null);
                    if (bytes != null) {
                        to.put(key, bytes, contentType(bytes));
                        copied++;
                    }
                }
            }
            after = keys.getLast();
        }
    }

    private static String contentType(byte[] bytes) {
        try {
            return ImageSniffer.sniff(bytes).mimeType();
        } catch (MediaException e) {
            return "application/octet-stream";
        }
    }
}
