package de.newsroom.console.security;

import java.time.Instant;
import java.util.Set;

/** What views and other features may know about an account. Never carries the password hash. */
public record UserSummary(Long id, String username, String displayName, String email, Set<Role> roles,
                          boolean enabled, String locale, Instant lastLoginAt, Instant lockedUntil) {

    public boolean has(Role role) {
        return Role.effective(roles).contains(role);
    }
}
