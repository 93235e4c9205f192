package de.newsroom.console.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and appends article revisions (plain SQL: they are written once and never changed). */
@Component
class ArticleRevisions {

    private static final String SELECT = """
            select r.id, r.article_id, r.article_version, r.created_at, coalesce(u.display_name, r.actor) as actor_name,
                   r.title, r.slug, r.lead, r.body, r.category_id, r.tags, r.comments_open, r.changed, r.restored_from
            from article_revision r left join user_display_name u on lower(u.username) = lower(r.actor)
            """;

    private final JdbcTemplate jdbc;

    ArticleRevisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(long articleId, long articleVersion, Instant at, String actor, ArticleContent c, List<String> changed,
                Long restoredFrom) {
        jdbc.update("""
                insert into article_revision (article_id, article_version, created_at, actor, title, slug, lead, body,
                    category_id, tags, comments_open, changed, restored_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                articleId, articleVersion, Timestamp.from(at), actor, c.title(), c.slug(), c.lead(), c.body(),
                c.categoryId(), String.join("\n", c.tags()), c.commentsOpen(), String.join(",", changed), restoredFrom);
    }

    List<ArticleRevision> list(long articleId) {
        return jdbc.query(SELECT + " where r.article_id = ? order by r.article_version desc, r.id desc",
                ArticleRevisions::map, articleId);
    }

    /** A page of the history, newest first, without the texts. */
    List<ArticleRevisionSummary> summaries(long articleId, int offset, int limit) {
        return jdbc.query("""
                select r.id, r.article_version, r.created_at, coalesce(u.display_name, r.actor) as actor_name,
                       r.changed, r.restored_from
                from article_revision r left join user_display_name u on lower(u.username) = lower(r.actor)
                where r.article_id = ? order by r.article_version desc, r.id desc offset ? limit ?""",
                (rs, row) -> new ArticleRevisionSummary(rs.getLong("id"), rs.getLong("article_version"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("actor_name"),
                        changed(rs.getString("changed")), (Long) rs.getObject("restored_from")),
                articleId, offset, limit);
    }

    int count(long articleId) {
        Integer n = jdbc.queryForObject("select count(*) from article_revision where article_id = ?", Integer.class,
                articleId);
        return n == null ? 0 : n;
    }

    Optional<ArticleRevision> find(long articleId, long revisionId) {
        return jdbc.query(SELECT + " where r.article_id = ? and r.id = ?", ArticleRevisions::map, articleId, revisionId)
                .stream().findFirst();
    }

    /** The content as it was at {@code version}: status moves bump the version without a revision, so take the last one before. */
    Optional<ArticleContent> contentAt(long articleId, long version) {
        return jdbc.query(SELECT + " where r.article_id = ? and r.article_version <= ? order by r.article_version desc, r.id desc limit 1",
                ArticleRevisions::map, articleId, version).stream().findFirst().map(ArticleRevisions::content);
    }

    static ArticleContent content(ArticleRevision r) {
        return new ArticleContent(r.title(), r.slug(), r.lead(), r.body(), r.categoryId(), r.tags(), r.commentsOpen());
    }

    private static ArticleRevision map(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        var changed = changed(rs.getString("changed"));
        return new ArticleRevision(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("article_version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("actor_name"), rs.getString("title"),
                rs.getString("slug"), rs.getString("lead"), rs.getString("body"),
                (Long) rs.getObject("category_id"), tags.isEmpty() ? List.of() : List.of(tags.split("\n")),
                rs.getBoolean("comments_open"), changed, (Long) rs.getObject("restored_from"));
    }

    private static java.util.Set<String> changed(String stored) {
        var changed = new LinkedHashSet<>(Arrays.asList(stored.split(",")));
        changed.remove("");
        return changed;
    }
}
