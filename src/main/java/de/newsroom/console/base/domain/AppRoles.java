package de.newsroom.console.base.domain;

/** Role names as used in {@code @RolesAllowed}; Spring adds the {@code ROLE_} prefix to authorities. */
public final class AppRoles {
    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String MODERATOR = "MODERATOR";

    private AppRoles() {
    }
}
