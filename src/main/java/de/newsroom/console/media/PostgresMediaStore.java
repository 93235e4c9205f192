package de.newsroom.console.media;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bytes in the {@code media_blob} table. Writes join the caller's transaction, so a failed upload leaves nothing
 * behind, and {@code pg_dump} backs pictures up with the articles that use them.
 */
class PostgresMediaStore implements MediaStore {

    private final JdbcTemplate jdbc;

    PostgresMediaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        jdbc.update("""
                insert into media_blob (key, content_type, bytes) values (?, ?, ?)
                on conflict (key) do update set content_type = excluded.content_type, bytes = excluded.bytes""",
                key, contentType, bytes);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return jdbc.query("select bytes from media_blob where key = ?", (rs, n) -> rs.getBytes(1), key)
                .stream().findFirst();
    }

    @Override
    public void delete(String key) {
        jdbc.update("delete from media_blob where key = ?", key);
    }

    @Override
    public boolean exists(String key) {
        return !jdbc.queryForList("select 1 from media_blob where key = ?", Integer.class, key).isEmpty();
    }

    @Override
    public List<String> keys(String after, int limit) {
        return jdbc.queryForList("select key from media_blob where ?::text is null or key > ? order by key limit ?",
                String.class, after, after, limit);
    }

    @Override
    public String name() {
        return "postgresql";
    }
}
