package de.newsroom.console;

import java.util.List;
import java.util.Set;

/**
 * The single source of truth for who may open which view and which menu entries each role sees. Every route of the
 * application needs a row here; {@code RouteMatrixTest} fails when a route exists without one.
 */
public final class RouteMatrix {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String MODERATOR = "MODERATOR";

    /** A route, whether it appears in the side navigation, and the roles that may open it (empty: anonymous). */
    public record Row(String path, boolean inMenu, Set<String> roles) {
        public boolean allows(String role) {
            return roles.isEmpty() || roles.contains(role) || ADMIN.equals(role);
        }
    }

    public static final List<Row> ROWS = List.of(
            new Row("login", false, Set.of()),
            new Row("", true, Set.of(ADMIN, EDITOR, MODERATOR)),
            new Row("moderation", true, Set.of(MODERATOR)),
            new Row("moderation/settings", true, Set.of(ADMIN)),
            new Row("moderation/commenters", true, Set.of(MODERATOR)),
            new Row("categories", true, Set.of(ADMIN)),
            new Row("tags", true, Set.of(EDITOR)),
            new Row("media", true, Set.of(ADMIN, EDITOR)),
            new Row("articles", true, Set.of(ADMIN, EDITOR)),
            new Row("articles/new", false, Set.of(ADMIN, EDITOR)),
            new Row("articles/:id(\\d+)", false, Set.of(ADMIN, EDITOR)),
            new Row("articles/:id(\\d+)/next", false, Set.of(ADMIN, EDITOR)),
            new Row("users", true, Set.of(ADMIN)),
            new Row("profile", false, Set.of(ADMIN, EDITOR, MODERATOR)),
            new Row("audit", true, Set.of(ADMIN))
    );

    private RouteMatrix() {
    }
}
