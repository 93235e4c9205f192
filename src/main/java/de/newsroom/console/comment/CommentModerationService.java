package de.newsroom.console.comment;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.ModeratorOnly;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.comment.live.CommentsChanged;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' side of comments: the keyset-paged queue, the detail of one comment and the decisions. A decision
 * applies only if the comment is still in the status and version the moderator saw; otherwise it fails with a
 * {@link DecisionConflictException} naming who decided first. Every decision is audited in the same transaction.
 */
@Service
@ModeratorOnly
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
    @ModeratorOnly
    public List<QueueRow> page(ModerationFilter filter, QueueCursor after, int limit) {
        return queries.page(filter, after, limit);
    }

    /**
     * The first {@value CommentQueueQueries#BULK_CAP} comments matching {@code filter}, queue order, each with the
     * version read now: what a moderator confirms for "all matching", and what a bulk decision then checks against.
     */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public List<CommentVersion> matching(ModerationFilter filter) {
        return queries.matching(filter);
    }

    /** Pending comments, counted only up to 1000. */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public PendingCount pendingCount() {
        return queries.pendingCount();
    }

    /** Articles whose title contains {@code text}, for the queue's article filter. */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public List<ArticleOption> articles(String text, int offset, int limit) {
        String pattern = "%" + CommentQueueQueries.escapeLike(text == null ? "" : text.strip()) + "%";
        return jdbc.query("select id, title from article_ref where title ilike ? escape '\\' "
                        + "order by title collate newsroom_de, id limit ? offset ?",
                (rs, i) -> new ArticleOption(rs.getLong(1), rs.getString(2)), pattern, Math.clamp(limit, 1, 200),
                Math.max(0, offset));
    }

    /** The comment with article, parent and author history. */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public CommentDetail detail(long id) {
        return new CommentDetailQuery(jdbc).load(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("no comment " + id));
    }

    /** Approves (or re-approves a rejected or spam) comment still at {@code expectedStatus}/{@code expectedVersion}. */
    @Transactional
    @ModeratorOnly
    public Decision approve(long id, CommentStatus expectedStatus, long expectedVersion) {
        return decide(id, expectedStatus, expectedVersion, CommentStatus.APPROVED, null, null);
    }

    /** Rejects with a reason code and an optional note (required for {@link RejectReason#OTHER}). */
    @Transactional
    @ModeratorOnly
    public Decision reject(long id, CommentStatus expectedStatus, long expectedVersion, RejectReason reason,
                       String note) {
        return decide(id, expectedStatus, expectedVersion, CommentStatus.REJECTED, reason, cleanNote(reason, note));
    }

    /** Marks as spam. */
    @Transactional
    @ModeratorOnly
    public Decision markSpam(long id, CommentStatus expectedStatus, long expectedVersion) {
        return decide(id, expectedStatus, expectedVersion, CommentStatus.SPAM, RejectReason.SPAM, null);
    }

    /**
     * Approves those of the {@code seen} comments (at most {@value CommentQueueQueries#BULK_CAP}) that are still
     * pending at the version the moderator read, in one set-based update plus one audit insert; the others are
     * skipped and reported with the reason (decided by whom, what and when; changed; gone).
     */
    @Transactional
    @ModeratorOnly
    public BulkDecision bulkApprove(Collection<CommentVersion> seen) {
        return bulk(seen, CommentStatus.APPROVED, null, null);
    }

    /** Rejects those of the {@code seen} comments still pending at the version read, like {@link #bulkApprove}. */
    @Transactional
    @ModeratorOnly
    public BulkDecision bulkReject(Collection<CommentVersion> seen, RejectReason reason, String note) {
        return bulk(seen, CommentStatus.REJECTED, reason, cleanNote(reason, note));
    }

    private Decision decide(long id, CommentStatus expected, long expectedVersion, CommentStatus target,
                            RejectReason reason, String note) {
        String actor = currentUser.actorName();
        Instant now = clock.instant();
        // Joined with the row as it was (o), so the answer carries what the decision replaced: what an undo restores.
        List<Decision> made = jdbc.query("""
                update comment c set status = ?, reject_reason = ?, reject_note = ?, decided_at = ?,
                       reports_handled = c.report_count,
                       decided_by = (select id from user_display_name where lower(username) = lower(?)),
                       decided_automatically = null, version = c.version + 1
                from comment o
                where o.id = c.id and c.id = ? and c.status = ? and c.version = ?
                returning c.version, o.reject_reason, o.reject_note, o.decided_at, o.decided_by, o.reports_handled,
                          o.decided_automatically""",
                (rs, i) -> new Decision(id, target, rs.getLong(1), expected,
                        rs.getString(2) == null ? null : RejectReason.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        (Long) rs.getObject(5), rs.getInt(6), automatic(rs.getString(7))),
                target.name(), reason == null ? null : reason.name(), note, Timestamp.from(now), actor, id,
                expected.name(), expectedVersion);
        if (made.isEmpty()) {
            throw conflict(id);
        }
        // Approving an approved comment again keeps it and marks its reader reports handled: not a reversal.
        String detail = expected == target ? target + " kept, reports handled" : expected + " → " + target
                + (expected == CommentStatus.PENDING ? "" : " (reversed)")
                + (reason == null ? "" : "; reason " + reason) + (note == null ? "" : "; note: " + note);
        audit.record("COMMENT_" + target.name(), "comment", id, detail);
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.DECIDED, List.of(id)));
        return made.getFirst();
    }

    /**
     * Puts back what {@code decisions} (this moderator's, a few seconds ago) replaced, each only while the comment is
     * still at the status and version that decision produced; a comment changed since stays as it is and is reported
     * with who changed it. Set-based, audited as a reversal in the same transaction.
     */
    @Transactional
    @ModeratorOnly
    public UndoResult undo(Collection<Decision> decisions) {
        if (decisions.isEmpty()) {
            return new UndoResult(List.of(), List.of());
        }
        if (decisions.size() > BULK_CAP) {
            throw new IllegalArgumentException("at most " + BULK_CAP + " comments at once");
        }
        Map<Long, Decision> byId = new LinkedHashMap<>();
        decisions.forEach(d -> byId.putIfAbsent(d.id(), d));
        List<Decision> list = List.copyOf(byId.values());
        List<Long> undone = jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    update comment c set status = u.status, reject_reason = u.reason, reject_note = u.note,
                           decided_at = u.decided_at, decided_by = u.decided_by, reports_handled = u.handled,
                           decided_automatically = u.automatic, version = c.version + 1
                    from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                                ?::timestamptz[], ?::bigint[], ?::int[], ?::text[])
                         as u(id, version, made, status, reason, note, decided_at, decided_by, handled, automatic)
                    where c.id = u.id and c.version = u.version and c.status = u.made
                    returning c.id""");
            ps.setArray(1, connection.createArrayOf("bigint", list.stream().map(Decision::id).toArray()));
            ps.setArray(2, connection.createArrayOf("bigint", list.stream().map(Decision::version).toArray()));
            ps.setArray(3, connection.createArrayOf("text", list.stream().map(d -> d.status().name()).toArray()));
            ps.setArray(4, connection.createArrayOf("text",
                    list.stream().map(d -> d.previousStatus().name()).toArray()));
            ps.setArray(5, connection.createArrayOf("text", list.stream()
                    .map(d -> d.previousReason() == null ? null : d.previousReason().name()).toArray()));
            ps.setArray(6, connection.createArrayOf("text", list.stream().map(Decision::previousNote).toArray()));
            ps.setArray(7, connection.createArrayOf("timestamptz", list.stream()
                    .map(d -> d.previousDecidedAt() == null ? null : Timestamp.from(d.previousDecidedAt()))
                    .toArray()));
            ps.setArray(8, connection.createArrayOf("bigint",
                    list.stream().map(Decision::previousDecidedBy).toArray()));
            ps.setArray(9, connection.createArrayOf("int",
                    list.stream().map(Decision::previousReportsHandled).toArray()));
            ps.setArray(10, connection.createArrayOf("text", list.stream()
                    .map(d -> d.previousAutomatic() == null ? null : d.previousAutomatic().name()).toArray()));
            return ps;
        }, (rs, i) -> rs.getLong(1));
        Set<Long> done = Set.copyOf(undone);
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        list.stream().filter(d -> done.contains(d.id())).forEach(d -> groups.computeIfAbsent(
                d.previousStatus().name() + "|" + d.status() + " → " + d.previousStatus() + " (reversed)",
                k -> new java.util.ArrayList<>()).add(d.id()));
        groups.forEach((key, ids) -> {
            int bar = key.indexOf('|');
            audit.recordMany("COMMENT_" + key.substring(0, bar), "comment", ids, key.substring(bar + 1));
        });
        List<Long> reopened = list.stream().filter(d -> done.contains(d.id())
                && d.previousStatus() == CommentStatus.PENDING).map(Decision::id).toList();
        List<Long> redecided = undone.stream().filter(id -> !reopened.contains(id)).toList();
        if (!reopened.isEmpty()) {
            events.publishEvent(new CommentsChanged(CommentsChanged.Kind.NEW, reopened));
        }
        if (!redecided.isEmpty()) {
            events.publishEvent(new CommentsChanged(CommentsChanged.Kind.DECIDED, redecided));
        }
        List<DecisionConflictException> changed = list.stream().filter(d -> !done.contains(d.id()))
                .map(d -> conflict(d.id())).toList();
        return new UndoResult(undone, changed);
    }

    private DecisionConflictException conflict(long id) {
        return jdbc.query("""
                select c.status, c.decided_at, coalesce(u.username, 'system'), u.display_name
                from comment c left join user_display_name u on u.id = c.decided_by where c.id = ?""",
                (rs, i) -> new DecisionConflictException(id, rs.getString(3), rs.getString(4),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        CommentStatus.valueOf(rs.getString(1))), id)
                .stream().findFirst().orElseGet(() -> new DecisionConflictException(id, null, null, null, null));
    }

    private BulkDecision bulk(Collection<CommentVersion> seen, CommentStatus target, RejectReason reason,
                              String note) {
        if (seen.isEmpty()) {
            return new BulkDecision(List.of(), List.of());
        }
        if (seen.size() > BULK_CAP) {
            throw new IllegalArgumentException("at most " + BULK_CAP + " comments at once");
        }
        // One expected version per comment: a comment listed twice is decided once, at the version listed first.
        Map<Long, Long> expected = new LinkedHashMap<>();
        seen.forEach(c -> expected.putIfAbsent(c.id(), c.version()));
        String actor = currentUser.actorName();
        Timestamp now = Timestamp.from(clock.instant());
        Long[] idArray = expected.keySet().toArray(Long[]::new);
        Long[] versionArray = expected.values().toArray(Long[]::new);
        // Joined with the (id, version) pairs the moderator saw: a row decided or changed since is left alone, also
        // when another decision commits while this one waits for its row lock (PostgreSQL re-checks the row then).
        List<Decision> made = jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    update comment c set status = ?, reject_reason = ?, reject_note = ?, decided_at = ?,
                           reports_handled = c.report_count,
                           decided_by = (select id from user_display_name where lower(username) = lower(?)),
                           decided_automatically = null, version = c.version + 1
                    from unnest(?::bigint[], ?::bigint[]) as seen(id, version), comment o
                    where c.id = seen.id and c.status = 'PENDING' and c.version = seen.version and o.id = c.id
                    returning c.id, c.version, o.reject_reason, o.reject_note, o.decided_at, o.decided_by,
                              o.reports_handled, o.decided_automatically""");
            ps.setString(1, target.name());
            ps.setString(2, reason == null ? null : reason.name());
            ps.setString(3, note);
            ps.setTimestamp(4, now);
            ps.setString(5, actor);
            ps.setArray(6, connection.createArrayOf("bigint", idArray));
            ps.setArray(7, connection.createArrayOf("bigint", versionArray));
            return ps;
        }, (rs, i) -> new Decision(rs.getLong(1), target, rs.getLong(2), CommentStatus.PENDING,
                rs.getString(3) == null ? null : RejectReason.valueOf(rs.getString(3)), rs.getString(4),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), (Long) rs.getObject(6),
                rs.getInt(7), automatic(rs.getString(8))));
        List<Long> decided = made.stream().map(Decision::id).toList();
        List<BulkDecision.Skipped> skipped = decided.size() == expected.size() ? List.of()
                : skipped(expected.keySet(), Set.copyOf(decided));
        if (decided.isEmpty()) {
            return new BulkDecision(decided, skipped, made);
        }
        String detail = "PENDING → " + target + " (bulk)" + (reason == null ? "" : "; reason " + reason)
                + (note == null ? "" : "; note: " + Texts.normalize(note));
        audit.recordMany("COMMENT_" + target.name(), "comment", decided, detail);
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.DECIDED, decided));
        return new BulkDecision(decided, skipped, made);
    }

    // Why each comment the bulk update left alone was left alone; one statement, and only when any was.
    private List<BulkDecision.Skipped> skipped(Collection<Long> requested, Set<Long> decided) {
        Long[] rest = requested.stream().filter(id -> !decided.contains(id)).toArray(Long[]::new);
        Map<Long, BulkDecision.Skipped> found = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    select c.id, c.status, c.decided_at, u.display_name
                    from comment c left join user_display_name u on u.id = c.decided_by where c.id = any(?)""");
            ps.setArray(1, connection.createArrayOf("bigint", rest));
            return ps;
        }, rs -> {
            CommentStatus status = CommentStatus.valueOf(rs.getString(2));
            Timestamp at = rs.getTimestamp(3);
            long id = rs.getLong(1);
            found.put(id, status == CommentStatus.PENDING
                    ? new BulkDecision.Skipped(id, BulkDecision.Reason.CHANGED, status, null, null)
                    : new BulkDecision.Skipped(id, BulkDecision.Reason.DECIDED, status, rs.getString(4),
                            at == null ? null : at.toInstant()));
        });
        return java.util.Arrays.stream(rest).map(id -> found.getOrDefault(id,
                new BulkDecision.Skipped(id, BulkDecision.Reason.GONE, null, null, null))).toList();
    }

    private static AutomaticDecision automatic(String column) {
        return column == null ? null : AutomaticDecision.valueOf(column);
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
