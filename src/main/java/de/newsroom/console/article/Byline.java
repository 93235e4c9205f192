package de.newsroom.console.article;

import java.util.Objects;

/**
 * One author of an article: a newsroom account ({@code userId} set, {@code name} its display name) or a free name
 * such as "dpa" ({@code userId} null). Two bylines are the same author when their {@link #key()}s match.
 */
public record Byline(Long userId, String name) {

    /** Longest free name, in code points (the column's limit). */
    public static final int MAX_NAME = 100;

    public Byline {
        Objects.requireNonNull(name, "name");
    }

    public static Byline account(long userId, String displayName) {
        return new Byline(userId, displayName);
    }

    public static Byline free(String name) {
        return new Byline(null, name);
    }

    public boolean isAccount() {
        return userId != null;
    }

    /** What merges and de-duplication compare: the account, or the free name as written. */
    public String key() {
        return isAccount() ? "u:" + userId : "n:" + name;
    }

    /** The form stored in a revision line; the name is kept so old revisions read as they were. */
    String stored() {
        return isAccount() ? "u:" + userId + ":" + name : "n:" + name;
    }

    static Byline ofStored(String line) {
        if (line.startsWith("u:")) {
            int colon = line.indexOf(':', 2);
            return new Byline(Long.parseLong(line.substring(2, colon)), line.substring(colon + 1));
        }
        return free(line.substring(2));
    }
}
