package de.newsroom.console;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plain-JDBC articles for the taxonomy tests: the article feature is built elsewhere, so these tests write rows
 * straight into the shared {@code article} and {@code article_tag} tables, authored by the demo account "editor".
 */
public final class TaxonomyTestArticles {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;

    public TaxonomyTestArticles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A published article in {@code categoryId} (may be null) with this text; returns its id. */
    public long published(Long categoryId, String title, String lead, String body) {
        return insert(categoryId, title, lead, body, "PUBLISHED");
    }

    /** A draft article in {@code categoryId}; returns its id. */
    public long draft(Long categoryId, String title) {
        return insert(categoryId, title, "", "", "DRAFT");
    }

    /** Eight random lower-case letters, to keep names from different tests apart (tag keys fold digits too). */
    public static String uniqueLetters() {
        StringBuilder out = new StringBuilder();
        for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            out.append((char) ('a' + Character.digit(c, 16)));
        }
        return out.toString();
    }

    public void tag(long articleId, long tagId) {
        jdbc.update("insert into article_tag (article_id, tag_id) values (?, ?)", articleId, tagId);
    }

    public Long categoryOf(long articleId) {
        return jdbc.queryForObject("select category_id from article where id = ?", Long.class, articleId);
    }

    private long insert(Long categoryId, String title, String lead, String body, String status) {
        String slug = "taxonomy-test-" + SEQUENCE.incrementAndGet();
        Long author = jdbc.queryForObject("select id from app_user where lower(username) = 'editor'", Long.class);
        return jdbc.queryForObject("""
                insert into article (title, slug, lead, body, category_id, author_id, status, published_at)
                values (?, ?, ?, ?, ?, ?, ?, case when ? = 'PUBLISHED' then now() end) returning id""",
                Long.class, title, slug, lead, body, categoryId, author, status, status);
    }
}
