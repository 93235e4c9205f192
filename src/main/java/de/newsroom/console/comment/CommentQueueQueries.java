package de.newsroom.console.comment;

import de.newsroom.console.comment.rules.CommentFlagger;
import de.newsroom.console.comment.rules.CommentRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The moderation queue's reads, each ONE statement: a keyset page (the article title joined from the view article
 * publishes, {@code article_ref}, decision 10; no N+1), the ids
 * matching a filter (capped) and the capped pending count. Kept apart from the service so that tests can run them on
 * a statement-counting connection.
 */
class CommentQueueQueries {

    static final int BULK_CAP = 1000;
    static final int EXCERPT_LENGTH = 160;

    private final JdbcTemplate jdbc;

    CommentQueueQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<QueueRow> page(ModerationFilter filter, QueueCursor after, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select c.id, c.author_name, left(c.body, %d) as excerpt, c.article_id, a.title, c.created_at,
                       c.status, c.flags, c.version, c.report_count - c.reports_handled, c.report_reasons
                from comment c join article_ref a on a.id = c.article_id
                where\s""".formatted(EXCERPT_LENGTH));
        where(filter, params, sql);
        boolean ascending = filter.ascending();
        if (after != null) {
            sql.append(ascending ? " and (c.created_at, c.id) > (?, ?)" : " and (c.created_at, c.id) < (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        sql.append(ascending ? " order by c.created_at, c.id" : " order by c.created_at desc, c.id desc");
        sql.append(" limit ?");
        params.add(Math.clamp(limit, 1, 500));
        return jdbc.query(sql.toString(), CommentQueueQueries::row, params.toArray());
    }

    List<CommentVersion> matching(ModerationFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "select c.id, c.version from comment c join article_ref a on a.id = c.article_id where ");
        where(filter, params, sql);
        sql.append(filter.ascending() ? " order by c.created_at, c.id"
                : " order by c.created_at desc, c.id desc");
        sql.append(" limit ").append(BULK_CAP);
        return jdbc.query(sql.toString(), (rs, i) -> new CommentVersion(rs.getLong(1), rs.getLong(2)),
                params.toArray());
    }

    PendingCount pendingCount() {
        Integer count = jdbc.queryForObject("select count(*) from (select 1 from comment where status = 'PENDING' "
                + "limit " + (PendingCount.CAP_DISPLAY + 1) + ") t", Integer.class);
        int n = count == null ? 0 : count;
        return new PendingCount(Math.min(n, PendingCount.CAP_DISPLAY), n > PendingCount.CAP_DISPLAY);
    }

    private static void where(ModerationFilter filter, List<Object> params, StringBuilder sql) {
        if (filter.reportedOnly()) {
            // Exactly the predicate of comment_reported_idx, so the partial index serves the page.
            sql.append("c.report_count > c.reports_handled");
        } else {
            sql.append("c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.articleId() != null) {
            sql.append(" and c.article_id = ?");
            params.add(filter.articleId());
        }
        if (filter.categoryId() != null) {
            sql.append(" and a.category_id in (select s.id from category_ref s, category_ref p where p.id = ? "
                    + "and (s.id = p.id or s.path like p.path || '/%'))");
            params.add(filter.categoryId());
        }
        if (filter.text() != null) {
            sql.append(" and (c.body ilike ? escape '\\' or c.author_name ilike ? escape '\\')");
            String pattern = "%" + escapeLike(filter.text()) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (filter.flaggedOnly()) {
            // "First comment" is information about the author, not a warning: on its own it does not count.
            sql.append(" and " + FLAGGED.formatted("c.flags"));
        }
    }

    /** SQL that is true when a comment's flags hold a warning, i.e. anything but the first-comment note. */
    static final String FLAGGED = "exists (select 1 from unnest(%s) f where f not like '" + CommentFlagger.FIRST_COMMENT
            + "%%')";

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QueueRow row(ResultSet rs, int i) throws SQLException {
        return new QueueRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), CommentStatus.valueOf(rs.getString(7)),
                CommentRules.strings(rs.getArray(8)), rs.getLong(9), rs.getInt(10),
                CommentRules.strings(rs.getArray(11)).stream().map(ReportReason::valueOf).toList());
    }
}
