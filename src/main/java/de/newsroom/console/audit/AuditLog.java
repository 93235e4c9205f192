package de.newsroom.console.audit;

import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.log.LogSafe;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. It joins the caller's transaction (and insists on one), so a change that rolls back leaves
 * no audit row behind, and a change that commits always has one.
 */
@Component
public class AuditLog {

    private static final int DETAIL_MAX = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or {@code system}) on a target. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String detail) {
        recordAs(currentUser.actorName(), action, targetType, targetId, detail, null);
    }

    /**
     * Records an action for an explicit actor, e.g. a login attempt before anyone is signed in. Actor, target id and
     * detail are CR/LF-encoded and cut to their column sizes here, so callers may pass user-typed text.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String targetType, Object targetId, String detail,
                         String clientHash) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, target_type, target_id, client_hash, detail)
                values (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), actor(actor), action, targetType, targetId(targetId), clientHash,
                detail(detail));
    }

    /**
     * Records the same action by the signed-in user (or {@code system}) on each of {@code targetIds}, with one
     * {@code detail} for all, e.g. a bulk decision: one statement however many targets, each row encoded and cut
     * like {@link #recordAs}'s.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMany(String action, String targetType, Collection<?> targetIds, String detail) {
        if (targetIds.isEmpty()) {
            return;
        }
        String[] ids = targetIds.stream().map(AuditLog::targetId).toArray(String[]::new);
        Timestamp now = Timestamp.from(clock.instant());
        String actor = actor(currentUser.actorName());
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (occurred_at, actor, action, target_type, target_id, detail)
                    select ?, ?, ?, ?, t.id, ? from unnest(?::text[]) with ordinality as t(id, n) order by t.n""");
            insert.setTimestamp(1, now);
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, targetType);
            insert.setString(5, detail(detail));
            insert.setArray(6, connection.createArrayOf("text", ids));
            return insert;
        });
    }

    private static String actor(String actor) {
        return LogSafe.encode(actor == null ? "unknown" : actor, 50);
    }

    private static String targetId(Object targetId) {
        return targetId == null ? null : LogSafe.encode(String.valueOf(targetId), 64);
    }

    private static String detail(String detail) {
        return detail == null ? null : LogSafe.encode(detail, DETAIL_MAX);
    }

}
