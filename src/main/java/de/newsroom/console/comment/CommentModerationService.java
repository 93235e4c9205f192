package de.newsroom.console.comment;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.Texts;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' side of comments: the keyset-paged queue, the detail of one comment and the decisions. A decision
 * applies only if the comment is still in the status and version the moderator saw; otherwise it fails with a
 * {@link DecisionConflictException} naming who decided first. Every decision is audited in the same transaction.
 */
@Service
@PreAuthorize("hasRole('MODERATOR')")
public class CommentModerationService {

    public static final int BULK_CAP = CommentQueueQueries.BULK_CAP;
    public static final int NOTE_MAX = 500;

    private final JdbcTemplate jdbc;
    private final CommentQueueQueries queries;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModerationService(JdbcTemplate jdbc, AuditLog audit, CurrentUser currentUser,
                             ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.queries = new CommentQueueQueries(jdbc);
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Up to {@code limit} comments after {@code after} (null: from the start), in one SQL statement. A single
     * statement, so it runs without a transaction of its own (one round trip, no BEGIN/COMMIT): the grid asks for a
     * page whenever the moderator scrolls.
     */
    @PreAuthorize("hasRole('MODERATOR')")
    public List<QueueRow> page(ModerationFilter filter, QueueCursor after, int limit) {
        return queries.page(filter, after, limit);
    }

    /** The ids of the first {@value CommentQueueQueries#BULK_CAP} comments matching {@code filter}, queue order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<Long> matchingIds(ModerationFilter filter) {
        return queries.matchingIds(filter);
    }

    /** Pending comments, counted only up to 1000. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public PendingCount pendingCount() {
        return queries.pendingCount();
    }

    /** Articles whose title contains {@code text}, for the queue's article filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<ArticleOption> articles(String text, int offset, int limit) {
        String pattern = "%" + CommentQueueQueries.escapeLike(text == null ? "" : text.strip()) + "%";
        return jdbc.query("select id, title from article where title ilike ? escape '\\' "
                        + "order by title collate newsroom_de, id limit ? offset ?",
                (rs, i) -> new ArticleOption(rs.getLong(1), rs.getString(2)), pattern, Math.clamp(limit, 1, 200),
                Math.max(0, offset));
    }

    /** The comment with article, parent and author history. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public CommentDetail detail(long id) {
        return new CommentDetailQuery(jdbc).load(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("no comment " + id));
    }

    /** Approves (or re-approves a rejected or spam) comment still at {@code expectedStatus}/{@code expectedVersion}. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void approve(long id, CommentStatus expectedStatus, long expectedVersion) {
        decide(id, expectedStatus, expectedVersion, CommentStatus.APPROVED, null, null);
    }

    /** Rejects with a reason code and an optional note (required for {@link RejectReason#OTHER}). */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void reject(long id, CommentStatus expectedStatus, long expectedVersion, RejectReason reason,
                       String note) {
        decide(id, expectedStatus, expectedVersion, CommentStatus.REJECTED, reason, cleanNote(reason, note));
    }

    /** Marks as spam. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void markSpam(long id, CommentStatus expectedStatus, long expectedVersion) {
        decide(id, expectedStatus, expectedVersion, CommentStatus.SPAM, RejectReason.SPAM, null);
    }

    /**
     * Approves the still pending comments among {@code ids} (at most {@value CommentQueueQueries#BULK_CAP}) in one
     * set-based update plus one audit insert; returns the ids actually approved.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public List<Long> bulkApprove(Collection<Long> ids) {
        return bulk(ids, CommentStatus.APPROVED, null, null);
    }

    /** Rejects the still pending comments among {@code ids} like {@link #bulkApprove}. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public List<Long> bulkReject(Collection<Long> ids, RejectReason reason, String note) {
        return bulk(ids, CommentStatus.REJECTED, reason, cleanNote(reason, note));
    }

    private void decide(long id, CommentStatus expected, long expectedVersion, CommentStatus target,
                        RejectReason reason, String note) {
        String actor = currentUser.actorName();
        Instant now = clock.instant();
        int updated = jdbc.update("""
                update comment set status = ?, reject_reason = ?, reject_note = ?, decided_at = ?,
                       decided_by = (select id from app_user where lower(username) = lower(?)), version = version + 1
                where id = ? and status = ? and version = ?""",
                target.name(), reason == null ? null : reason.name(), note, Timestamp.from(now), actor, id,
                expected.name(), expectedVersion);
        if (updated == 0) {
            throw conflict(id);
        }
        String detail = expected + " → " + target + (expected == CommentStatus.PENDING ? "" : " (reversed)")
                + (reason == null ? "" : "; reason " + reason) + (note == null ? "" : "; note: " + note);
        audit.record("COMMENT_" + target.name(), "comment", id, detail);
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.DECIDED, List.of(id)));
    }

    private DecisionConflictException conflict(long id) {
        return jdbc.query("""
                select c.status, c.decided_at, coalesce(u.username, 'system')
                from comment c left join app_user u on u.id = c.decided_by where c.id = ?""",
                (rs, i) -> new DecisionConflictException(id, rs.getString(3),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        CommentStatus.valueOf(rs.getString(1))), id)
                .stream().findFirst().orElseGet(() -> new DecisionConflictException(id, null, null, null));
    }

    private List<Long> bulk(Collection<Long> ids, CommentStatus target, RejectReason reason, String note) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > BULK_CAP) {
            throw new IllegalArgumentException("at most " + BULK_CAP + " comments at once");
        }
        String actor = currentUser.actorName();
        Timestamp now = Timestamp.from(clock.instant());
        Long[] idArray = ids.toArray(Long[]::new);
        List<Long> decided = jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    update comment set status = ?, reject_reason = ?, reject_note = ?, decided_at = ?,
                           decided_by = (select id from app_user where lower(username) = lower(?)),
                           version = version + 1
                    where id = any(?) and status = 'PENDING'
                    returning id""");
            ps.setString(1, target.name());
            ps.setString(2, reason == null ? null : reason.name());
            ps.setString(3, note);
            ps.setTimestamp(4, now);
            ps.setString(5, actor);
            ps.setArray(6, connection.createArrayOf("bigint", idArray));
            return ps;
        }, (rs, i) -> rs.getLong(1));
        if (decided.isEmpty()) {
            return decided;
        }
        String detail = "PENDING → " + target + " (bulk)" + (reason == null ? "" : "; reason " + reason)
                + (note == null ? "" : "; note: " + Texts.normalize(note));
        Long[] decidedArray = decided.toArray(Long[]::new);
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into audit_event (occurred_at, actor, action, target_type, target_id, detail)
                    select ?, ?, ?, 'comment', d.id::text, left(?, 500) from unnest(?) as d(id)""");
            ps.setTimestamp(1, now);
            ps.setString(2, actor.length() > 50 ? actor.substring(0, 50) : actor);
            ps.setString(3, "COMMENT_" + target.name());
            ps.setString(4, detail);
            Array array = connection.createArrayOf("bigint", decidedArray);
            ps.setArray(5, array);
            return ps;
        });
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.DECIDED, decided));
        return decided;
    }

    private static String cleanNote(RejectReason reason, String note) {
        String clean = Texts.normalize(note);
        if (clean != null && clean.isEmpty()) {
            clean = null;
        }
        if (clean != null && (!Texts.isStorable(clean) || Texts.codePointLength(clean) > NOTE_MAX)) {
            throw new IllegalArgumentException("note must be storable text of at most " + NOTE_MAX + " characters");
        }
        if (reason == null) {
            throw new IllegalArgumentException("a reason is required");
        }
        if (reason == RejectReason.OTHER && clean == null) {
            throw new IllegalArgumentException("reason OTHER needs a note");
        }
        return clean;
    }
}
