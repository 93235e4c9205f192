package de.newsroom.console.security;

/** The audit actions written by the accounts feature. */
public final class AuditActions {
    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCESS";
    public static final String LOGIN_FAILED = "LOGIN_FAILURE";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String CLIENT_BLOCKED = "CLIENT_BLOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String SESSION_ENDED = "SESSION_ENDED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_UPDATED = "ACCOUNT_UPDATED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String LANGUAGE_CHANGED = "LANGUAGE_CHANGED";

    private AuditActions() {
    }
}
