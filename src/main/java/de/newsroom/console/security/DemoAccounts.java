package de.newsroom.console.security;

import java.util.Map;

/**
 * The demo logins seeded in the default profile and printed in the README. The prod profile refuses to start while
 * any of these passwords would let someone in.
 */
public final class DemoAccounts {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN_PASSWORD = "Admin-Demo-2026";
    public static final String EDITOR_PASSWORD = "Editor-Demo-2026";
    public static final String MODERATOR_PASSWORD = "Moderator-Demo-2026";

    /** username to password, for the seeder and the prod guard. */
    public static final Map<String, String> PASSWORDS = Map.of(
            ADMIN, ADMIN_PASSWORD, EDITOR, EDITOR_PASSWORD, MODERATOR, MODERATOR_PASSWORD);

    private DemoAccounts() {
    }
}
