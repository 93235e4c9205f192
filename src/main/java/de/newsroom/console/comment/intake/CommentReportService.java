package de.newsroom.console.comment.intake;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.comment.ReportReason;
import de.newsroom.console.comment.intake.CommentRejectedException.Kind;
import de.newsroom.console.comment.intake.CommentRejectedException.Problem;
import de.newsroom.console.comment.live.CommentsChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reader reports on published comments. Anonymous; one report per client hash and comment counts, a repeat gets the
 * same answer and changes nothing. When the reports no moderator has seen yet reach the threshold set on
 * {@code /moderation/settings}, the comment goes back to review (pending, flagged {@code reported}) and so leaves the
 * public thread, audited in the same transaction. Kept off the comment POST's path: reports are rare.
 */
@Service
public class CommentReportService {

    public static final int TEXT_MAX = TextLimits.COMMENT_REPORT_TEXT;
    /** The flag a comment carries once reports sent it back to review. */
    public static final String REPORTED_FLAG = "reported";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentReportService(JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Counts a report of comment {@code commentId} from {@code clientHash}, once per client.
     *
     * @throws CommentRejectedException INVALID for an unknown reason or bad text (field errors {@code reason},
     *                                  {@code text}); NOT_FOUND for an unknown comment or one readers cannot see
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public ReportReceipt report(long commentId, ReportSubmission submission, String clientHash, Locale locale) {
        Clean clean = validate(submission);
        Timestamp now = Timestamp.from(clock.instant());
        // One statement: is the comment visible to readers, was this client's report new, and if so the comment's
        // counters, updated in the same statement (a second statement cost every report a round trip more while the
        // comment row was locked).
        Map<String, Object> outcome = jdbc.queryForMap("""
                with target as (
                    select c.id from comment c join article_ref a on a.id = c.article_id
                    where c.id = ? and c.status = 'APPROVED' and a.status = 'PUBLISHED'
                ), added as (
                    insert into comment_report (comment_id, client_hash, reason, note, created_at)
                    select id, ?, ?, ?, ? from target
                    on conflict do nothing
                    returning comment_id
                ), counted as (
                    update comment c set report_count = c.report_count + 1,
                           report_reasons = case when ? = any(c.report_reasons) then c.report_reasons
                                                 else array_append(c.report_reasons, ?) end
                    from comment_moderation_setting s
                    where c.id in (select comment_id from added)
                    returning c.report_count - c.reports_handled as open, s.report_threshold as threshold
                )
                select (select count(*) from target) as found, (select open from counted) as open,
                       (select threshold from counted) as threshold""",
                commentId, clientHash, clean.reason().name(), clean.text(), now, clean.reason().name(),
                clean.reason().name());
        if (((Number) outcome.get("found")).intValue() == 0) {
            throw new CommentRejectedException(Kind.NOT_FOUND, "comment.api.report.notfound", Map.of());
        }
        Number open = (Number) outcome.get("open");
        if (open != null && open.intValue() >= ((Number) outcome.get("threshold")).intValue()) {
            backToReview(commentId, open.intValue(), clientHash);
        }
        return new ReportReceipt("received", CommentRejectedException.text("comment.api.report.received", locale));
    }

    /** Sends the approved comment back to review, in the report's transaction, with its audit row. */
    private void backToReview(long commentId, int open, String clientHash) {
        String flag = REPORTED_FLAG + ": " + open + " reports";
        int back = jdbc.update("""
                update comment set status = 'PENDING', decided_at = null, decided_by = null,
                       decided_automatically = null, version = version + 1,
                       flags = array_append(array(select f from unnest(flags) f where f not like ?), ?)
                where id = ? and status = 'APPROVED'""", REPORTED_FLAG + ":%", flag, commentId);
        if (back == 1) {
            audit.recordAs("reader", "COMMENT_REPORTED", "comment", commentId, "APPROVED → PENDING", clientHash);
            events.publishEvent(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(commentId)));
        }
    }

    private record Clean(ReportReason reason, String text) {
    }

    static Clean validate(ReportSubmission s) {
        if (s == null) {
            throw new CommentRejectedException(Kind.INVALID, "comment.api.report.empty",
                    Map.of("reason", Problem.of("comment.api.field.required")));
        }
        Map<String, Problem> errors = new LinkedHashMap<>();
        ReportReason reason = null;
        if (s.reason() == null || s.reason().isBlank()) {
            errors.put("reason", Problem.of("comment.api.field.required"));
        } else {
            reason = ReportReason.ofCode(s.reason()).orElse(null);
            if (reason == null) {
                errors.put("reason", Problem.of("comment.api.field.reason"));
            }
        }
        String text = null;
        if (s.text() != null && !s.text().isBlank()) {
            if (!Texts.isStorable(s.text())) {
                errors.put("text", Problem.of("comment.api.field.unstorableRaw"));
            } else {
                text = Texts.normalize(s.text());
                TextProblem problem = Texts.check(text, 1, TEXT_MAX);
                if (problem == TextProblem.TOO_LONG) {
                    errors.put("text", Problem.of("comment.api.field.toolong", TEXT_MAX));
                } else if (problem == TextProblem.UNSTORABLE) {
                    errors.put("text", Problem.of("comment.api.field.unstorable"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CommentRejectedException(Kind.INVALID, "comment.api.report.invalid", errors);
        }
        return new Clean(reason, text);
    }
}
