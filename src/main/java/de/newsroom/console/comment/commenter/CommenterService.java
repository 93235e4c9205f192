package de.newsroom.console.comment.commenter;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.ModeratorOnly;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.comment.CommentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' actions on a commenter: read their history, suspend them for some days, ban them, always pre-moderate
 * or trust them, and lift any of these again. Every action needs a reason and is audited in the same transaction; a
 * new action replaces the commenter's active one. The intake applies them through {@link CommenterGate}.
 */
@Service
public class CommenterService {

    public static final int REASON_MAX = 500;
    public static final int DAYS_MIN = 1;
    public static final int DAYS_MAX = 365;
    public static final int PAGE_MAX = 100;
    private static final int EXCERPT = 160;

    private final JdbcTemplate jdbc;
    private final CommenterGate gate;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommenterService(JdbcTemplate jdbc, CommenterGate gate, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The commenter who wrote comment {@code commentId}: its e-mail (lower case) and client hash.
     *
     * @throws NoSuchElementException when there is no such comment
     * @throws IllegalArgumentException ({@code comment.commenter.error.nokey}) for a comment with neither, e.g. a
     *                                  staff reply
     */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public CommenterKey commenterOf(long commentId) {
        List<String[]> rows = jdbc.query("select lower(email), client_hash from comment where id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, commentId);
        if (rows.isEmpty()) {
            throw new NoSuchElementException("comment " + commentId);
        }
        return new CommenterKey(rows.getFirst()[0], rows.getFirst()[1]);
    }

    /**
     * The commenter's comments matching either key (page {@code page} of {@code size}, newest first), their counts
     * per status and every action taken on either key, newest first.
     */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public CommenterHistory history(CommenterKey key, int page, int size) {
        int limit = Math.clamp(size, 1, PAGE_MAX);
        int offset = Math.max(0, page) * limit;
        String match = "((c.email is not null and lower(c.email) = ?) or c.client_hash = ?)";
        long[] counts = new long[CommentStatus.values().length];
        jdbc.query("select c.status, count(*) from comment c where " + match + " group by c.status", rs -> {
            counts[CommentStatus.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
        }, key.email(), key.clientHash());
        List<CommenterHistory.Entry> comments = jdbc.query("""
                select c.id, c.author_name, a.title, left(c.body, ?), c.created_at, c.status
                from comment c join article_ref a on a.id = c.article_id
                where %s
                order by c.created_at desc, c.id desc limit ? offset ?""".formatted(match),
                (rs, i) -> new CommenterHistory.Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), CommentStatus.valueOf(rs.getString(6))),
                EXCERPT, key.email(), key.clientHash(), limit, offset);
        List<CommenterAction> actions = jdbc.query("select " + CommenterGate.COLUMNS + """
                 from commenter_action
                where (email_lower is not null and email_lower = ?) or client_hash = ?
                order by created_at desc, id desc limit 200""", (rs, i) -> action(rs), key.email(), key.clientHash());
        return new CommenterHistory(key, counts[CommentStatus.APPROVED.ordinal()],
                counts[CommentStatus.REJECTED.ordinal()], counts[CommentStatus.SPAM.ordinal()],
                counts[CommentStatus.PENDING.ordinal()], comments, actions);
    }

    /**
     * Takes action {@code kind} on the commenter with {@code key}, for {@code days} days when suspending (ignored
     * otherwise), because of {@code reason}; lifts the commenter's active action first. Audited.
     *
     * @throws IllegalArgumentException with a translation key for a blank or too long reason or days out of range
     */
    @Transactional
    @ModeratorOnly
    public CommenterAction act(CommenterKey key, CommenterActionKind kind, Integer days, String reason) {
        if (key == null || kind == null) {
            throw new IllegalArgumentException("comment.commenter.error.nokey");
        }
        String why = cleanReason(reason);
        // PostgreSQL keeps microseconds: the action returned must equal the one read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant endsAt = null;
        if (kind == CommenterActionKind.SUSPEND) {
            if (days == null || days < DAYS_MIN || days > DAYS_MAX) {
                throw new IllegalArgumentException("comment.commenter.error.days");
            }
            endsAt = now.plus(Duration.ofDays(days));
        }
        String actor = currentUser.actorName();
        List<Long> replaced = jdbc.queryForList("""
                update commenter_action set lifted_by = ?, lifted_at = ?, lift_reason = ?
                where lifted_at is null and (ends_at is null or ends_at > ?)
                  and ((email_lower is not null and email_lower = ?) or client_hash = ?)
                returning id""", Long.class, actor, Timestamp.from(now), "replaced by " + kind, Timestamp.from(now),
                key.email(), key.clientHash());
        for (Long id : replaced) {
            audit.record("COMMENTER_ACTION_LIFTED", "commenter_action", id, "replaced by " + kind);
        }
        Long id = jdbc.queryForObject("""
                insert into commenter_action (kind, email_lower, client_hash, reason, ends_at, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, kind.name(), key.email(), key.clientHash(),
                why, endsAt == null ? null : Timestamp.from(endsAt), actor, Timestamp.from(now));
        gate.changed();
        audit.record("COMMENTER_" + kind.name(), "commenter_action", id, describe(key)
                + (endsAt == null ? "" : " until " + endsAt) + "; reason: " + why);
        // Read back, so who acted comes by display name like everywhere else (one row, a rare action).
        return jdbc.queryForObject("select " + CommenterGate.COLUMNS + " from commenter_action where id = ?",
                (rs, i) -> action(rs), id);
    }

    /**
     * Lifts action {@code actionId} because of {@code reason}; audited. Lifting one that is already lifted or over
     * changes nothing and returns false.
     *
     * @throws IllegalArgumentException with a translation key for a blank or too long reason
     */
    @Transactional
    @ModeratorOnly
    public boolean lift(long actionId, String reason) {
        String why = cleanReason(reason);
        // PostgreSQL keeps microseconds: the action returned must equal the one read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> lifted = jdbc.queryForList("""
                update commenter_action set lifted_by = ?, lifted_at = ?, lift_reason = ?
                where id = ? and lifted_at is null and (ends_at is null or ends_at > ?)
                returning kind""", String.class, currentUser.actorName(), Timestamp.from(now), why, actionId,
                Timestamp.from(now));
        if (lifted.isEmpty()) {
            return false;
        }
        gate.changed();
        audit.record("COMMENTER_ACTION_LIFTED", "commenter_action", actionId, lifted.getFirst() + "; reason: " + why);
        return true;
    }

    /**
     * The actions in force now (neither lifted nor over), newest first, each with the name its commenter last wrote
     * under. One statement: the name is the newer of two index probes per action, the newest comment by e-mail
     * ({@code comment_email_idx}) and by client hash ({@code comment_client_idx}), so the list costs the same at a
     * million comments as at a hundred.
     */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public List<ActiveCommenter> activeActions() {
        return jdbc.query("select " + CommenterGate.COLUMNS + ", " + LAST_AUTHOR_NAME + """
                 from commenter_action
                where lifted_at is null and (ends_at is null or ends_at > ?)
                order by created_at desc, id desc""",
                (rs, i) -> new ActiveCommenter(action(rs), rs.getString(12)), Timestamp.from(clock.instant()));
    }

    /**
     * The author name of the commenter's newest comment matching either key of the {@code commenter_action} row: an
     * {@code or} of both keys would read every comment of the commenter to sort them, so each key gets its own
     * newest-first probe and the newer of the two wins.
     */
    private static final String LAST_AUTHOR_NAME = """
            (select n.author_name from (
                (select c.author_name, c.created_at from comment c
                  where commenter_action.email_lower is not null and c.email is not null
                    and lower(c.email) = commenter_action.email_lower
                  order by c.created_at desc limit 1)
                union all
                (select c.author_name, c.created_at from comment c
                  where commenter_action.client_hash is not null and c.client_hash is not null
                    and c.client_hash = commenter_action.client_hash
                  order by c.created_at desc limit 1)) n
             order by n.created_at desc limit 1)""";

    /** The commenter's action in force now, if any (the strongest when several match). */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public CommenterAction activeAction(CommenterKey key) {
        Instant now = clock.instant();
        return history(key, 0, 1).actions().stream().filter(a -> a.activeAt(now))
                .min(java.util.Comparator.comparing(CommenterAction::kind)).orElse(null);
    }

    @Transactional(readOnly = true)
    @ModeratorOnly
    public TrustSettings trustSettings() {
        return gate.trustSettings();
    }

    /**
     * Turns automatic trust on or off and sets how many approved comments it needs; audited.
     *
     * @throws IllegalArgumentException ({@code comment.commenter.error.trustMin}) when out of range
     */
    @Transactional
    @AdminOnly
    public TrustSettings setTrustSettings(TrustSettings settings) {
        if (settings == null || settings.minApproved() < TrustSettings.MIN
                || settings.minApproved() > TrustSettings.MAX) {
            throw new IllegalArgumentException("comment.commenter.error.trustMin");
        }
        TrustSettings before = gate.trustSettings();
        jdbc.update("update comment_moderation_setting set trust_enabled = ?, trust_min_approved = ?",
                settings.enabled(), settings.minApproved());
        gate.changed();
        if (!before.equals(settings)) {
            audit.record("COMMENT_TRUST_SETTING", "setting", "trust", (before.enabled() ? "on" : "off") + ", "
                    + before.minApproved() + " → " + (settings.enabled() ? "on" : "off") + ", "
                    + settings.minApproved());
        }
        return settings;
    }

    private static String cleanReason(String reason) {
        String clean = Texts.normalize(reason);
        if (clean == null || clean.isEmpty()) {
            throw new IllegalArgumentException("comment.commenter.error.reason");
        }
        if (!Texts.isStorable(clean)) {
            throw new IllegalArgumentException("comment.commenter.error.reasonUnstorable");
        }
        if (Texts.codePointLength(clean) > REASON_MAX) {
            throw new IllegalArgumentException("comment.commenter.error.reasonLength");
        }
        return clean;
    }

    private static String describe(CommenterKey key) {
        List<String> parts = new ArrayList<>();
        if (key.email() != null) {
            parts.add("e-mail " + key.email());
        }
        if (key.clientHash() != null) {
            parts.add("client " + key.shortClient());
        }
        return String.join(", ", parts);
    }

    static CommenterAction action(ResultSet rs) throws SQLException {
        return new CommenterAction(rs.getLong(1), CommenterActionKind.valueOf(rs.getString(2)),
                new CommenterKey(rs.getString(3), rs.getString(4)), rs.getString(5), instant(rs.getTimestamp(6)),
                rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10)),
                rs.getString(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
