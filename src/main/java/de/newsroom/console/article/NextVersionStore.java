package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code article_next_version} table (V88) and the rebase of a next version on a changed live text. Plain SQL
 * like the revisions: one row per article at most, written whole. Callers hold the article's row lock, so the live
 * text and its next version change one after the other.
 */
@Component
class NextVersionStore {

    private static final String SELECT = """
            select n.article_id, n.version, n.status, n.base_version, n.conflicts, n.created_at, n.updated_at,
                   coalesce(u.display_name, n.actor) as actor_name, n.title, n.slug, n.lead, n.body, n.category_id,
                   n.tags, n.comments_open, n.bylines
            from article_next_version n left join user_display_name u on lower(u.username) = lower(n.actor)
            where n.article_id = ?""";

    private final JdbcTemplate jdbc;
    private final ArticleRevisions revisions;
    private final ArticleLoader loader;
    private final AuditLog audit;

    NextVersionStore(JdbcTemplate jdbc, ArticleRevisions revisions, ArticleLoader loader, AuditLog audit) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.loader = loader;
        this.audit = audit;
    }

    Optional<NextVersion> find(long articleId) {
        return jdbc.query(SELECT, NextVersionStore::map, articleId).stream().findFirst();
    }

    /** Locks the row; the article's row lock is taken first by every caller. */
    Optional<NextVersion> locked(long articleId) {
        return jdbc.query(SELECT + " for update of n", NextVersionStore::map, articleId).stream().findFirst();
    }

    void insert(long articleId, long baseVersion, ArticleContent c, Instant at, String actor) {
        jdbc.update("""
                insert into article_next_version (article_id, version, status, base_version, conflicts, created_at,
                    updated_at, actor, title, slug, lead, body, category_id, tags, comments_open, bylines)
                values (?, 0, 'DRAFT', ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                articleId, baseVersion, Timestamp.from(at), Timestamp.from(at), actor, c.title(), c.slug(), c.lead(),
                c.body(), c.categoryId(), String.join("\n", c.tags()), c.commentsOpen(), stored(c.bylines()));
    }

    /** Writes content, base and conflicts, and moves the row's version on. */
    void update(long articleId, ArticleContent c, long baseVersion, Set<ArticleField> conflicts, Instant at,
                String actor) {
        jdbc.update("""
                update article_next_version set version = version + 1, base_version = ?, conflicts = ?, updated_at = ?,
                    actor = ?, title = ?, slug = ?, lead = ?, body = ?, category_id = ?, tags = ?, comments_open = ?,
                    bylines = ?
                where article_id = ?""",
                baseVersion, keys(conflicts), Timestamp.from(at), actor, c.title(), c.slug(), c.lead(), c.body(),
                c.categoryId(), String.join("\n", c.tags()), c.commentsOpen(), stored(c.bylines()), articleId);
    }

    void status(long articleId, ArticleStatus status, Instant at, String actor) {
        jdbc.update("""
                update article_next_version set version = version + 1, status = ?, updated_at = ?, actor = ?
                where article_id = ?""", status.name(), Timestamp.from(at), actor, articleId);
    }

    void delete(long articleId) {
        jdbc.update("delete from article_next_version where article_id = ?", articleId);
    }

    /**
     * After the live text of {@code article} changed (a correction or a save): the next version, if any, is merged
     * with it by {@link ThreeWayMerge} (base: the text it was based on, ours: the next version, theirs: the live
     * text now). Merged cleanly, it takes the result and the new base; with a conflict it stays exactly as it was,
     * marked with the fields the editor must decide. Nothing of either side is lost. The audit row goes with it.
     */
    void rebase(Article article, Instant at, String actor) {
        Optional<NextVersion> found = locked(article.getId());
        if (found.isEmpty()) {
            return;
        }
        NextVersion next = found.get();
        ArticleContent live = loader.content(article);
        ArticleContent base = revisions.contentAt(article.getId(), next.baseVersion()).orElse(null);
        ArticleContent mine = content(next.draft());
        var outcome = ThreeWayMerge.merge(base, mine, live);
        if (outcome.conflicts().isEmpty()) {
            update(article.getId(), outcome.merged(), article.getVersion(), Set.of(), at, actor);
            audit.record("ARTICLE_NEXT_VERSION_REBASED", "article", article.getId(),
                    "on version " + article.getVersion());
        } else {
            update(article.getId(), mine, next.baseVersion(), outcome.conflicts(), at, actor);
            audit.record("ARTICLE_NEXT_VERSION_CONFLICT", "article", article.getId(), keys(outcome.conflicts()));
        }
    }

    static ArticleContent content(ArticleDraft d) {
        return new ArticleContent(d.title(), d.slug(), d.lead(), d.body(), d.categoryId(), d.tagNames(),
                d.commentsOpen(), d.bylines());
    }

    private static NextVersion map(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        String bylines = rs.getString("bylines");
        long version = rs.getLong("version");
        var draft = new ArticleDraft(rs.getLong("article_id"), version, rs.getString("title"), rs.getString("slug"),
                rs.getString("lead"), rs.getString("body"), (Long) rs.getObject("category_id"),
                tags.isEmpty() ? List.of() : List.of(tags.split("\n")), rs.getBoolean("comments_open"),
                bylines.isEmpty() ? List.of() : Arrays.stream(bylines.split("\n")).map(Byline::ofStored).toList());
        return new NextVersion(rs.getLong("article_id"), version, ArticleStatus.valueOf(rs.getString("status")),
                rs.getLong("base_version"), conflicts(rs.getString("conflicts")), draft,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("actor_name"));
    }

    private static Set<ArticleField> conflicts(String stored) {
        var fields = new LinkedHashSet<ArticleField>();
        if (!stored.isEmpty()) {
            Arrays.stream(stored.split(",")).forEach(key -> ArticleField.ofKey(key).ifPresent(fields::add));
        }
        return fields;
    }

    private static String keys(Set<ArticleField> fields) {
        return ArticleField.CONTENT.stream().filter(fields::contains).map(ArticleField::key)
                .collect(Collectors.joining(","));
    }

    private static String stored(List<Byline> bylines) {
        return String.join("\n", bylines.stream().map(Byline::stored).toList());
    }
}
