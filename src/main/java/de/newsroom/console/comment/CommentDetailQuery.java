package de.newsroom.console.comment;

import de.newsroom.console.comment.rules.CommentRules;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads one comment for the detail panel: the comment, its article and parent in one query, the history in another,
 * the reader reports in a third (on comment_report's primary key).
 * Article and moderator come from the views their features publish (decision 10).
 */
class CommentDetailQuery {

    private static final int HISTORY_LIMIT = 20;
    private static final int REPORT_LIMIT = 20;

    private final JdbcTemplate jdbc;

    CommentDetailQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommentDetail> load(long id) {
        record Head(CommentDetail detail, String email, String clientHash) {
        }
        Optional<Head> head = jdbc.query("""
                select c.id, c.author_name, c.email, c.body, c.status, c.reject_reason, c.reject_note, c.flags,
                       c.created_at, u.display_name,
                       c.decided_at, c.version, a.id, a.title, a.lead,
                       p.id, p.author_name, p.body, p.status, c.client_hash, a.slug,
                       c.report_count - c.reports_handled, c.edited_by_newsroom, c.from_newsroom,
                       c.decided_automatically
                from comment c
                join article_ref a on a.id = c.article_id
                left join comment p on p.id = c.parent_id
                left join user_display_name u on u.id = c.decided_by
                where c.id = ?""", (rs, i) -> {
            CommentDetail.Parent parent = rs.getObject(16) == null ? null : new CommentDetail.Parent(
                    rs.getLong(16), rs.getString(17), rs.getString(18), CommentStatus.valueOf(rs.getString(19)));
            var detail = new CommentDetail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    CommentStatus.valueOf(rs.getString(5)),
                    rs.getString(6) == null ? null : RejectReason.valueOf(rs.getString(6)), rs.getString(7),
                    CommentRules.strings(rs.getArray(8)), rs.getTimestamp(9).toInstant(), rs.getString(10),
                    rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getLong(12),
                    rs.getLong(13), rs.getString(14), rs.getString(15), parent, List.of(), rs.getString(21),
                    rs.getInt(22), List.of(), rs.getBoolean(23), rs.getBoolean(24),
                    rs.getString(25) == null ? null : AutomaticDecision.valueOf(rs.getString(25)));
            return new Head(detail, rs.getString(3), rs.getString(20));
        }, id).stream().findFirst();
        return head.map(h -> complete(h.detail(), history(id, h.email(), h.clientHash()), reports(id)));
    }

    private List<CommentDetail.HistoryEntry> history(long id, String email, String clientHash) {
        return jdbc.query("""
                select c.id, a.title, left(c.body, 120), c.created_at, c.status, c.reject_reason
                from comment c join article_ref a on a.id = c.article_id
                where c.id in ((select id from comment where client_hash = ? order by created_at desc limit ?)
                               union
                               (select id from comment where email is not null and lower(email) = lower(?)
                                order by created_at desc limit ?))
                  and c.id <> ?
                order by c.created_at desc, c.id desc limit ?""",
                (rs, i) -> new CommentDetail.HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), CommentStatus.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : RejectReason.valueOf(rs.getString(6))),
                clientHash, HISTORY_LIMIT + 1, email, HISTORY_LIMIT + 1, id, HISTORY_LIMIT);
    }

    private List<CommentDetail.Report> reports(long id) {
        return jdbc.query("""
                select reason, note, created_at from comment_report where comment_id = ?
                order by created_at desc limit ?""",
                (rs, i) -> new CommentDetail.Report(ReportReason.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()), id, REPORT_LIMIT);
    }

    private static CommentDetail complete(CommentDetail d, List<CommentDetail.HistoryEntry> history,
                                          List<CommentDetail.Report> reports) {
        return new CommentDetail(d.id(), d.authorName(), d.email(), d.body(), d.status(), d.rejectReason(),
                d.rejectNote(), d.flags(), d.createdAt(), d.decidedBy(), d.decidedAt(), d.version(), d.articleId(),
                d.articleTitle(), d.articleLead(), d.parent(), history, d.articleSlug(), d.openReports(), reports,
                d.editedByNewsroom(), d.fromNewsroom(), d.automatic());
    }
}
