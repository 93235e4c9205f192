package de.newsroom.console.comment.surge;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.log.ThrottledLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the surge guard every few seconds on every instance: one statement reads the settings, the state and the
 * queue's figures (pending count, oldest pending, last decision, each from an index); a switch is a conditional
 * UPDATE of the single state row ({@code where not active} / {@code where active and since = ?}), so of two
 * instances evaluating at once exactly one switches and audits, in the same transaction. Every run also renews this
 * instance's {@link SurgeGuard} from the row, which is how a switch on another instance arrives here.
 */
@Component
public class SurgeEvaluator {

    /**
     * The pending count is counted up to twice the threshold, at most this far: enough to decide both ways, and an
     * index-only range scan of a few milliseconds at the default threshold (100,000 rows took 99 ms). Never below
     * the threshold itself, though: a threshold above this cap must still be reachable.
     */
    static final int PENDING_CAP = 100_000;
    private static final Logger log = LoggerFactory.getLogger(SurgeEvaluator.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    static final String READ = """
            select s.surge_enabled, s.surge_pending, s.surge_oldest_minutes, s.surge_idle_minutes,
                   s.surge_lift_percent, s.surge_lift_minutes, s.surge_policy, s.surge_hot_articles,
                   s.surge_hot_window_minutes,
                   g.active, g.since, g.policy, g.trigger, g.trigger_value, g.pending, g.closed_slugs, g.calm_since,
                   case when s.surge_enabled then (select count(*) from (select 1 from comment
                        where status = 'PENDING' limit greatest(s.surge_pending, least(s.surge_pending * 2, %d))) p) end
                        as pending_now,
                   case when s.surge_enabled then (select min(created_at) from comment
                        where status = 'PENDING') end as oldest_pending,
                   case when s.surge_enabled and s.surge_idle_minutes > 0 then (select max(decided_at) from comment
                        where decided_at is not null and decided_by is not null) end as last_decision,
                   g.hot_bar,
                   case when g.active and g.policy = 'CLOSE_HOT_ARTICLES' and g.hot_bar is not null then array(
                        select a.slug
                        from (select article_id, count(*) as n from comment
                              where created_at > ?::timestamptz - make_interval(mins => s.surge_hot_window_minutes)
                              group by article_id having count(*) >= g.hot_bar) h
                        join article_ref a on a.id = h.article_id
                        where a.status = 'PUBLISHED' and a.comments_open and a.slug <> all(g.closed_slugs)
                        order by h.n desc, a.id limit s.surge_hot_articles) end as hot_now
            from comment_moderation_setting s cross join comment_surge_state g""".formatted(PENDING_CAP);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final SurgeGuard guard;
    private final DatabaseGuard database;
    private final Clock clock;
    // Evaluations in the order they started, and the newest whose state this instance's guard took over: an
    // evaluation that read the state before a later one and finished after it must not put its older state back
    // (the scheduler's run and an evaluation from elsewhere in the same instance, e.g. a test's, can overlap).
    private final java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
    private long applied;

    SurgeEvaluator(JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit, SurgeGuard guard,
                   DatabaseGuard database, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.database = database;
        this.clock = clock;
    }

    /** What one run read. */
    record Reading(SurgeSettings settings, SurgeStatus state, Instant calmSince, long pendingNow,
                   Instant oldestPending, Instant lastDecision, List<String> hotNow) {

        Reading(SurgeSettings settings, SurgeStatus state, Instant calmSince, long pendingNow, Instant oldestPending,
                Instant lastDecision) {
            this(settings, state, calmSince, pendingNow, oldestPending, lastDecision, List.of());
        }
    }

    /**
     * What one run did; LOST: another instance made the same switch first; EXTENDED: the guard closed articles that
     * became hot while it was on.
     */
    enum Outcome { NONE, SWITCHED_ON, SWITCHED_OFF, CALMING, UNSETTLED, LOST, EXTENDED }

    /**
     * Runs every {@code newsroom.comments.surge.check-every} (5 s). Skipped while the database is known to be down,
     * with the intake's short network timeout, and with one log line per kind of failure per interval when it fails.
     */
    @Scheduled(fixedDelayString = "${newsroom.comments.surge.check-every:PT5S}",
            initialDelayString = "${newsroom.comments.surge.check-every:PT5S}")
    void scheduled() {
        if (database.refusing()) {
            return;
        }
        // The request timeout (1.5 s), not the pool's 60 s: a hanging PostgreSQL must not hold a connection here.
        try (var scope = database.shortTimeouts()) {
            evaluate();
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isTransient(e)) {
                throw e;
            }
            outage.warn(DatabaseErrors.kind(e), "Surge guard evaluation skipped, database unavailable ("
                    + DatabaseErrors.describe(e) + ")");
            return;
        }
        outage.recovered("Surge guard evaluates again");
    }

    /**
     * One evaluation in one transaction; renews this instance's guard after the commit, unless an evaluation that
     * started later has renewed it already (its reading is at least as new).
     */
    public Outcome evaluate() {
        long ticket = started.incrementAndGet();
        Instant now = clock.instant();
        Object[] result = new Object[2];
        tx.executeWithoutResult(status -> {
            Reading reading = jdbc.queryForObject(READ, (rs, i) -> reading(rs), Timestamp.from(now));
            Outcome outcome = decide(reading, now);
            result[0] = outcome;
            // After a switch, or a switch another instance made first (our conditional UPDATE waited for its
            // commit and changed nothing), the row differs from what we read: read it again.
            result[1] = outcome == Outcome.SWITCHED_ON || outcome == Outcome.SWITCHED_OFF
                    || outcome == Outcome.LOST || outcome == Outcome.EXTENDED ? readState() : reading.state();
        });
        synchronized (this) {
            if (ticket > applied) {
                applied = ticket;
                guard.update((SurgeStatus) result[1]);
            }
        }
        return (Outcome) result[0];
    }

    private Outcome decide(Reading r, Instant now) {
        SurgeSettings s = r.settings();
        if (!r.state().active()) {
            Crossed crossed = s.enabled() ? crossed(r, now) : null;
            return crossed == null ? Outcome.NONE
                    : switchOn(s, crossed, r.pendingNow(), now) ? Outcome.SWITCHED_ON : Outcome.LOST;
        }
        if (!s.enabled()) {
            return switchOff(r.state(), "guard disabled", now) ? Outcome.SWITCHED_OFF : Outcome.LOST;
        }
        if (!r.hotNow().isEmpty()) {
            // An article that started drawing the surge after the switch: closed too, until the guard lifts.
            return closeMore(r.state(), r.hotNow(), now) ? Outcome.EXTENDED : Outcome.LOST;
        }
        if (!calm(r, now)) {
            if (r.calmSince() != null) {
                jdbc.update("update comment_surge_state set calm_since = null where active and since = ?",
                        Timestamp.from(r.state().since()));
            }
            return Outcome.UNSETTLED;
        }
        if (r.calmSince() == null) {
            jdbc.update("update comment_surge_state set calm_since = ? where active and since = ? and calm_since is null",
                    Timestamp.from(now), Timestamp.from(r.state().since()));
            if (s.liftMinutes() > 0) {
                return Outcome.CALMING;
            }
        } else if (r.calmSince().plus(Duration.ofMinutes(s.liftMinutes())).isAfter(now)) {
            return Outcome.CALMING;
        }
        String why = "below " + s.liftPercent() + " % of every threshold for " + s.liftMinutes() + " min (pending "
                + r.pendingNow() + ", oldest " + minutesSince(r.oldestPending(), now) + " min)";
        return switchOff(r.state(), why, now) ? Outcome.SWITCHED_OFF : Outcome.LOST;
    }

    /** A threshold crossed and its value. */
    record Crossed(SurgeTrigger trigger, long value, long threshold) {
    }

    /** The first threshold {@code r} crosses, or null. */
    static Crossed crossed(Reading r, Instant now) {
        SurgeSettings s = r.settings();
        if (r.pendingNow() >= s.pending()) {
            return new Crossed(SurgeTrigger.PENDING, r.pendingNow(), s.pending());
        }
        if (r.oldestPending() != null && s.oldestMinutes() > 0) {
            long age = minutesSince(r.oldestPending(), now);
            if (age >= s.oldestMinutes()) {
                return new Crossed(SurgeTrigger.OLDEST, age, s.oldestMinutes());
            }
        }
        if (r.pendingNow() > 0 && s.idleMinutes() > 0) {
            // No decision ever counts as idle since the oldest pending comment arrived.
            Instant last = r.lastDecision() != null ? r.lastDecision() : r.oldestPending();
            long idle = last == null ? 0 : minutesSince(last, now);
            if (idle >= s.idleMinutes()) {
                return new Crossed(SurgeTrigger.IDLE, idle, s.idleMinutes());
            }
        }
        return null;
    }

    /** Whether every checked value is below {@code liftPercent} of its threshold. */
    static boolean calm(Reading r, Instant now) {
        SurgeSettings s = r.settings();
        double share = s.liftPercent() / 100.0;
        if (r.pendingNow() >= s.pending() * share) {
            return false;
        }
        if (r.oldestPending() != null && s.oldestMinutes() > 0
                && minutesSince(r.oldestPending(), now) >= s.oldestMinutes() * share) {
            return false;
        }
        if (r.pendingNow() > 0 && s.idleMinutes() > 0) {
            Instant last = r.lastDecision() != null ? r.lastDecision() : r.oldestPending();
            return last == null || minutesSince(last, now) < s.idleMinutes() * share;
        }
        return true;
    }

    private boolean switchOn(SurgeSettings s, Crossed crossed, long pending, Instant now) {
        List<Hot> hot = s.policy() == SurgePolicy.CLOSE_HOT_ARTICLES ? hotArticles(s, now) : List.of();
        List<String> closed = hot.stream().map(Hot::slug).toList();
        // The bar a later article must reach to be closed too: half the busiest one's comments in the window.
        Long bar = hot.isEmpty() ? null : (hot.getFirst().comments() + 1) / 2;
        int switched = jdbc.update("""
                update comment_surge_state set active = true, since = ?, policy = ?, trigger = ?, trigger_value = ?,
                       pending = ?, closed_slugs = ?, hot_bar = ?, calm_since = null, changed_at = ?
                where not active""", Timestamp.from(now), s.policy().name(), crossed.trigger().name(),
                crossed.value(), pending, closed.toArray(String[]::new), bar, Timestamp.from(now));
        if (switched == 0) {
            return false;
        }
        audit.recordAs("system", "COMMENT_SURGE_ON", "setting", "surge_guard", crossed.trigger() + " "
                + crossed.value() + " reached threshold " + crossed.threshold() + " (pending " + pending + "); policy "
                + s.policy() + (closed.isEmpty() ? "" : "; closed " + String.join(", ", closed)), null);
        log.warn("Surge guard switched on: {} {} reached {} ({} pending), policy {}", crossed.trigger(),
                crossed.value(), crossed.threshold(), pending, s.policy());
        return true;
    }

    private boolean switchOff(SurgeStatus state, String why, Instant now) {
        List<String> reopened = jdbc.query("""
                update comment_surge_state n set active = false, closed_slugs = '{}', hot_bar = null, calm_since = null,
                       changed_at = ?
                from comment_surge_state o where o.id = n.id and n.active and n.since = ?
                returning o.closed_slugs""", (rs, i) -> String.join(", ", strings(rs, 1)),
                Timestamp.from(now), Timestamp.from(state.since()));
        if (reopened.isEmpty()) {
            return false;
        }
        audit.recordAs("system", "COMMENT_SURGE_OFF", "setting", "surge_guard", why + "; policy " + state.policy()
                + " since " + state.since() + (reopened.getFirst().isEmpty() ? "" : "; reopened "
                + reopened.getFirst()), null);
        log.info("Surge guard lifted: {}", why);
        return true;
    }

    /**
     * Adds {@code hot} (open articles that reached the bar since the switch) to the articles the guard closes, once:
     * the row lock makes a second instance with the same list wait, then find them closed and change nothing.
     */
    private boolean closeMore(SurgeStatus state, List<String> hot, Instant now) {
        List<String> closed = jdbc.query("select closed_slugs from comment_surge_state where active and since = ? "
                + "for update", (rs, i) -> strings(rs, 1), Timestamp.from(state.since())).stream().findFirst()
                .orElse(null);
        if (closed == null) {
            return false;
        }
        List<String> added = hot.stream().filter(slug -> !closed.contains(slug)).toList();
        if (added.isEmpty()) {
            return false;
        }
        jdbc.update("update comment_surge_state set closed_slugs = closed_slugs || ?::text[], changed_at = ? "
                + "where active and since = ?", added.toArray(String[]::new), Timestamp.from(now),
                Timestamp.from(state.since()));
        audit.recordAs("system", "COMMENT_SURGE_CLOSED", "setting", "surge_guard", "closed " + String.join(", ", added)
                + " (at least half the busiest article's comments at the switch in the window); policy "
                + state.policy() + " since " + state.since(), null);
        log.warn("Surge guard closed comments on {} more article(s): {}", added.size(), added);
        return true;
    }

    /** An article and its comments in the window. */
    private record Hot(String slug, long comments) {
    }

    /** The published, open articles with the most comments in the window, most first. */
    private List<Hot> hotArticles(SurgeSettings s, Instant now) {
        return jdbc.query("""
                select a.slug, h.n from (select article_id, count(*) as n from comment where created_at > ?
                                         group by article_id order by n desc, article_id limit ?) h
                join article_ref a on a.id = h.article_id
                where a.status = 'PUBLISHED' and a.comments_open
                order by h.n desc, a.id""", (rs, i) -> new Hot(rs.getString(1), rs.getLong(2)),
                Timestamp.from(now.minus(Duration.ofMinutes(s.hotWindowMinutes()))), s.hotArticles());
    }

    private SurgeStatus readState() {
        return jdbc.queryForObject("""
                select active, since, policy, trigger, trigger_value, pending, closed_slugs
                from comment_surge_state""", (rs, i) -> state(rs, 1));
    }

    private static Reading reading(ResultSet rs) throws SQLException {
        SurgeSettings settings = new SurgeSettings(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), SurgePolicy.valueOf(rs.getString(7)), rs.getInt(8), rs.getInt(9));
        return new Reading(settings, state(rs, 10), instant(rs, 17), rs.getLong(18), instant(rs, 19),
                instant(rs, 20), strings(rs, 22));
    }

    /** The state from seven columns starting at {@code from}: active, since, policy, trigger, value, pending, slugs. */
    static SurgeStatus state(ResultSet rs, int from) throws SQLException {
        if (!rs.getBoolean(from)) {
            return SurgeStatus.INACTIVE;
        }
        Set<String> slugs = new LinkedHashSet<>(strings(rs, from + 6));
        String policy = rs.getString(from + 2);
        String trigger = rs.getString(from + 3);
        return new SurgeStatus(true, instant(rs, from + 1), policy == null ? null : SurgePolicy.valueOf(policy),
                trigger == null ? null : SurgeTrigger.valueOf(trigger), rs.getLong(from + 4), rs.getLong(from + 5),
                slugs);
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static long minutesSince(Instant then, Instant now) {
        return then == null ? 0 : Math.max(0, Duration.between(then, now).toMinutes());
    }
}
