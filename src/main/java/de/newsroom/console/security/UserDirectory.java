package de.newsroom.console.security;

import de.newsroom.console.base.domain.AccountNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is who, for other features' services: an account's id by username and its display name by id. Features ask
 * here instead of reading {@code app_user} in their own SQL (decision 10); lists that must stay one statement per page
 * join the published view {@code user_display_name} instead. No role check of its own, like {@code AuditLog}: its
 * callers are services that guard themselves, and it reveals no more than the names those services show.
 */
@Component
public class UserDirectory implements AccountNames {

    private final JdbcTemplate jdbc;

    UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the account called {@code username} (case-insensitive); empty when there is none. */
    public Optional<Long> idOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select id from app_user where lower(username) = lower(?)", Long.class, username)
                .stream().findFirst();
    }

    /** The display name of the account {@code userId}; empty when there is no such account. */
    public Optional<String> displayName(long userId) {
        return jdbc.queryForList("select display_name from app_user where id = ?", String.class, userId)
                .stream().findFirst();
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames == null || usernames.isEmpty()) {
            return names;
        }
        String[] lower = usernames.stream().filter(u -> u != null).map(u -> u.toLowerCase(Locale.ROOT)).distinct()
                .toArray(String[]::new);
        jdbc.query("select lower(username), display_name from app_user where lower(username) = any(?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, (Object) lower);
        return names;
    }

    @Override
    public Set<String> usernamesFor(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.queryForList("""
                select username from app_user
                where lower(username) = lower(?) or strpos(lower(display_name), lower(?)) > 0
                order by username""", String.class, text.strip(), text.strip()));
    }
}
