package de.newsroom.console.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A console account. Roles live in their own table; ADMIN implies the other roles' permissions. */
@Entity
@Table(name = "app_user")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    private String locale;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {
    }

    User(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getDisplayName() { return displayName; }
    String getEmail() { return email; }
    String getPasswordHash() { return passwordHash; }
    boolean isEnabled() { return enabled; }
    String getLocale() { return locale; }
    Instant getLockedUntil() { return lockedUntil; }
    Instant getLastLoginAt() { return lastLoginAt; }
    int getFailedLogins() { return failedLogins; }
    Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }

    void changePasswordHash(String hash) { this.passwordHash = hash; }
    void changeLocale(String locale) { this.locale = locale; }
    void changeEmail(String email) { this.email = email; }

    /** Failures in a row after which each further attempt must wait (2 s, doubling). */
    static final int DELAY_AFTER = 5;
    /** Failures in a row that lock the account for {@link #LOCK}. */
    static final int LOCK_AFTER = 10;
    static final java.time.Duration LOCK = java.time.Duration.ofMinutes(15);

    /** The outcome of one more failed login. */
    enum FailedLogin { COUNTED, DELAYED, LOCKED }

    /**
     * Counts a failed login: from the {@value #DELAY_AFTER}th failure in a row the next attempt must wait (2 s,
     * doubling), the {@value #LOCK_AFTER}th locks the account for 15 minutes and starts the count afresh.
     */
    FailedLogin recordFailedLogin(Instant at) {
        failedLogins++;
        if (failedLogins >= LOCK_AFTER) {
            lockedUntil = at.plus(LOCK);
            failedLogins = 0;
            return FailedLogin.LOCKED;
        }
        if (failedLogins >= DELAY_AFTER) {
            lockedUntil = at.plusSeconds(2L << (failedLogins - DELAY_AFTER));
            return FailedLogin.DELAYED;
        }
        return FailedLogin.COUNTED;
    }

    boolean isLockedAt(Instant at) {
        return lockedUntil != null && lockedUntil.isAfter(at);
    }

    void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    void changeDisplayName(String displayName) { this.displayName = displayName; }
    void changeRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    void enable() { this.enabled = true; }
    void disable() { this.enabled = false; }

    void recordSuccessfulLogin(Instant at) {
        this.lastLoginAt = at;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    UserSummary toSummary() {
        return new UserSummary(id, username, displayName, email, getRoles(), enabled, locale, lastLoginAt, lockedUntil);
    }
}
