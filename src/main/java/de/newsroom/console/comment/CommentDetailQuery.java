package de.newsroom.console.comment;

import de.newsroom.console.comment.rules.CommentRules;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads one comment for the detail panel in one statement: the comment, its article and parent, the author's
 * earlier comments (by client hash or e-mail, latest 20) and the reader reports (latest 20, looked up only when the
 * comment has any), the lists as arrays. The panel is read on every A a moderator presses; three statements in a row
 * were three round trips there (issue 18). Article and moderator come from the views their features publish
 * (decision 10).
 */
class CommentDetailQuery {

    private static final int HISTORY_LIMIT = 20;
    private static final int REPORT_LIMIT = 20;

    private final JdbcTemplate jdbc;

    CommentDetailQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommentDetail> load(long id) {
        return jdbc.query("""
                select c.id, c.author_name, c.email, c.body, c.status, c.reject_reason, c.reject_note, c.flags,
                       c.created_at, u.display_name,
                       c.decided_at, c.version, a.id, a.title, a.lead,
                       p.id, p.author_name, p.body, p.status, c.client_hash, a.slug,
                       c.report_count - c.reports_handled, c.edited_by_newsroom, c.from_newsroom,
                       c.decided_automatically,
                       h.ids, h.titles, h.excerpts, h.created, h.statuses, h.reasons,
                       r.reasons, r.notes, r.created
                from comment c
                join article_ref a on a.id = c.article_id
                left join comment p on p.id = c.parent_id
                left join user_display_name u on u.id = c.decided_by
                left join lateral (
                    select array_agg(x.id order by x.n) as ids, array_agg(x.title order by x.n) as titles,
                           array_agg(x.excerpt order by x.n) as excerpts, array_agg(x.created_at order by x.n) as created,
                           array_agg(x.status order by x.n) as statuses, array_agg(x.reason order by x.n) as reasons
                    from (select e.id, ea.title, left(e.body, 120) as excerpt, e.created_at, e.status::text as status,
                                 e.reject_reason::text as reason,
                                 row_number() over (order by e.created_at desc, e.id desc) as n
                          from comment e join article_ref ea on ea.id = e.article_id
                          where e.id in ((select id from comment where client_hash = c.client_hash
                                          order by created_at desc limit %1$d)
                                         union
                                         (select id from comment where c.email is not null and email is not null
                                                 and lower(email) = lower(c.email)
                                          order by created_at desc limit %1$d))
                            and e.id <> c.id
                          order by e.created_at desc, e.id desc limit %2$d) x
                ) h on true
                left join lateral (
                    select array_agg(y.reason order by y.n) as reasons, array_agg(y.note order by y.n) as notes,
                           array_agg(y.created_at order by y.n) as created
                    from (select cr.reason::text as reason, cr.note, cr.created_at,
                                 row_number() over (order by cr.created_at desc) as n
                          from comment_report cr
                          where cr.comment_id = c.id and c.report_count > 0
                          order by cr.created_at desc limit %3$d) y
                ) r on true
                where c.id = ?""".formatted(HISTORY_LIMIT + 1, HISTORY_LIMIT, REPORT_LIMIT), (rs, i) -> {
            CommentDetail.Parent parent = rs.getObject(16) == null ? null : new CommentDetail.Parent(
                    rs.getLong(16), rs.getString(17), rs.getString(18), CommentStatus.valueOf(rs.getString(19)));
            List<CommentDetail.HistoryEntry> history = new ArrayList<>();
            Object[] ids = array(rs.getArray(26));
            Object[] titles = array(rs.getArray(27));
            Object[] excerpts = array(rs.getArray(28));
            Object[] created = array(rs.getArray(29));
            Object[] statuses = array(rs.getArray(30));
            Object[] reasons = array(rs.getArray(31));
            for (int k = 0; k < ids.length; k++) {
                history.add(new CommentDetail.HistoryEntry(((Number) ids[k]).longValue(), (String) titles[k],
                        (String) excerpts[k], ((Timestamp) created[k]).toInstant(),
                        CommentStatus.valueOf((String) statuses[k]),
                        reasons[k] == null ? null : RejectReason.valueOf((String) reasons[k])));
            }
            List<CommentDetail.Report> reports = new ArrayList<>();
            Object[] reportReasons = array(rs.getArray(32));
            Object[] notes = array(rs.getArray(33));
            Object[] reported = array(rs.getArray(34));
            for (int k = 0; k < reportReasons.length; k++) {
                reports.add(new CommentDetail.Report(ReportReason.valueOf((String) reportReasons[k]),
                        (String) notes[k], ((Timestamp) reported[k]).toInstant()));
            }
            return new CommentDetail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    CommentStatus.valueOf(rs.getString(5)),
                    rs.getString(6) == null ? null : RejectReason.valueOf(rs.getString(6)), rs.getString(7),
                    CommentRules.strings(rs.getArray(8)), rs.getTimestamp(9).toInstant(), rs.getString(10),
                    rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getLong(12),
                    rs.getLong(13), rs.getString(14), rs.getString(15), parent, List.copyOf(history),
                    rs.getString(21), rs.getInt(22), List.copyOf(reports), rs.getBoolean(23), rs.getBoolean(24),
                    rs.getString(25) == null ? null : AutomaticDecision.valueOf(rs.getString(25)));
        }, id).stream().findFirst();
    }

    // An aggregate over no rows is null: no entries.
    private static Object[] array(java.sql.Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
