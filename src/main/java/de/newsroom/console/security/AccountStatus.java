package de.newsroom.console.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Reads an account's current standing straight from the database (one indexed query, no cache), so that a disabled
 * account or a removed role takes effect on the next request instead of at the next login.
 */
@Component
class AccountStatus {

    private final JdbcTemplate jdbc;

    AccountStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's standing: empty when unknown, otherwise enabled flag and role authorities. */
    Optional<Standing> of(String username) {
        List<Standing> rows = jdbc.query("""
                select u.enabled, coalesce(string_agg(r.role, ','), '') as roles
                from app_user u left join user_role r on r.user_id = u.id
                where lower(u.username) = lower(?) group by u.id""",
                (rs, i) -> new Standing(rs.getBoolean(1), roles(rs.getString(2))), username);
        return rows.stream().findFirst();
    }

    /** An account's enabled flag and the {@code ROLE_} authorities its roles grant (ADMIN implies all). */
    record Standing(boolean enabled, Set<String> authorities) {

        List<GrantedAuthority> grantedAuthorities() {
            return authorities.stream().sorted().map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
        }
    }

    static Set<String> authoritiesOf(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
    }

    private static Set<String> roles(String csv) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(held::add);
        return Role.effective(held).stream().map(r -> "ROLE_" + r.name()).collect(Collectors.toSet());
    }
}
