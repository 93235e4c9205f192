package de.newsroom.console.comment.surge;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.ModeratorOnly;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' surge guard settings, stored beside the other comment settings; every change is audited. A change
 * takes effect at the guard's next evaluation (within seconds), on every instance.
 */
@Service
public class SurgeSettingsService {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final SurgeGuard guard;

    SurgeSettingsService(JdbcTemplate jdbc, AuditLog audit, SurgeGuard guard) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    @ModeratorOnly
    public SurgeSettings settings() {
        return jdbc.queryForObject("""
                select surge_enabled, surge_pending, surge_oldest_minutes, surge_idle_minutes, surge_lift_percent,
                       surge_lift_minutes, surge_policy, surge_hot_articles, surge_hot_window_minutes
                from comment_moderation_setting""", (rs, i) -> new SurgeSettings(rs.getBoolean(1), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), SurgePolicy.valueOf(rs.getString(7)),
                rs.getInt(8), rs.getInt(9)));
    }

    /**
     * Saves {@code settings}; audited with the values before and after.
     *
     * @throws IllegalArgumentException with the name of the first field out of range
     */
    @Transactional
    @AdminOnly
    public void save(SurgeSettings settings) {
        String invalid = settings == null ? "policy" : settings.invalidField();
        if (invalid != null) {
            throw new IllegalArgumentException(invalid);
        }
        SurgeSettings before = settings();
        if (before.equals(settings)) {
            return;
        }
        jdbc.update("""
                update comment_moderation_setting set surge_enabled = ?, surge_pending = ?, surge_oldest_minutes = ?,
                       surge_idle_minutes = ?, surge_lift_percent = ?, surge_lift_minutes = ?, surge_policy = ?,
                       surge_hot_articles = ?, surge_hot_window_minutes = ?""",
                settings.enabled(), settings.pending(), settings.oldestMinutes(), settings.idleMinutes(),
                settings.liftPercent(), settings.liftMinutes(), settings.policy().name(), settings.hotArticles(),
                settings.hotWindowMinutes());
        audit.record("COMMENT_SURGE_SETTINGS", "setting", "surge_guard", before.describe() + " → "
                + settings.describe());
    }

    /** The state as this instance knows it (renewed every few seconds); for the settings view. */
    @ModeratorOnly
    public SurgeStatus status() {
        return guard.current();
    }
}
