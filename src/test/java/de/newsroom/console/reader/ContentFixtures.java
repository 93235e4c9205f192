package de.newsroom.console.reader;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plain-JDBC test data for the reader side, independent of the article, taxonomy and comment features. */
final class ContentFixtures {

    private final JdbcTemplate jdbc;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    ContentFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long category(Long parentId, String name) {
        String slug = de.newsroom.console.base.domain.Slugs.slugify(name) + "-" + run;
        String path = parentId == null ? slug
                : jdbc.queryForObject("select path from category where id = ?", String.class, parentId) + "/" + slug;
        return jdbc.queryForObject("insert into category (parent_id, name, slug, path) values (?, ?, ?, ?) returning id",
                Long.class, parentId, name + " " + run, slug, path);
    }

    String pathOf(long categoryId) {
        return jdbc.queryForObject("select path from category where id = ?", String.class, categoryId);
    }

    long article(String title, String status, Long categoryId, Instant publishedAt) {
        return article(title, "Der Vorspann zu " + title + ".", "## Zwischenüberschrift\n\nText von " + title + ".",
                status, categoryId, publishedAt);
    }

    long article(String title, String lead, String body, String status, Long categoryId, Instant publishedAt) {
        return jdbc.queryForObject("""
                        insert into article (title, slug, lead, body, category_id, author_id, status, published_at,
                                             updated_at)
                        values (?, ?, ?, ?, ?, (select id from app_user where username = 'editor'), ?, ?, ?)
                        returning id""", Long.class, title, slug(title), lead, body, categoryId, status,
                ts(publishedAt), ts(publishedAt == null ? Instant.parse("2026-01-01T00:00:00Z") : publishedAt));
    }

    String slug(String title) {
        return de.newsroom.console.base.domain.Slugs.slugify(title) + "-" + run;
    }

    long tag(String name) {
        return jdbc.queryForObject("insert into tag (name, key) values (?, ?) returning id", Long.class,
                name + run, de.newsroom.console.tag.TagKeys.key(name + run));
    }

    void tagArticle(long articleId, long tagId) {
        jdbc.update("insert into article_tag (article_id, tag_id) values (?, ?)", articleId, tagId);
    }

    void alias(String oldSlug, long articleId) {
        jdbc.update("insert into article_slug_alias (slug, article_id) values (?, ?)", oldSlug, articleId);
    }

    long comment(long articleId, Long parentId, String author, String body, String status, Instant createdAt) {
        return jdbc.queryForObject("""
                        insert into comment (article_id, parent_id, author_name, email, body, status, client_hash,
                                             created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, articleId, parentId, author,
                "secret-" + run + "@example.org", body, status, "clienthash" + run, ts(createdAt));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
