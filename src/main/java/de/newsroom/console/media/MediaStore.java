package de.newsroom.console.media;

import java.util.List;
import java.util.Optional;

/**
 * Where picture bytes live: originals under {@code original/<sha256>}, renditions under their public file name.
 * PostgreSQL by default ({@link PostgresMediaStore}); an S3-compatible bucket when {@code NEWSROOM_MEDIA_S3_ENDPOINT}
 * is set ({@link S3MediaStore}). Metadata stays in PostgreSQL either way.
 */
public interface MediaStore {

    void put(String key, byte[] bytes, String contentType);

    Optional<byte[]> get(String key);

    void delete(String key);

    boolean exists(String key);

    /** Every key, for copying a store into another; {@code after} pages (null: from the start). */
    List<String> keys(String after, int limit);

    /** A short name for logs and docs ("postgresql", "s3"). */
    String name();
}
