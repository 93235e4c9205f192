package de.newsroom.console.base.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Accounts' display names by username, for features the accounts feature itself depends on (the audit log, whose
 * rows store the username): implemented by the accounts feature so that they need neither its classes nor its tables.
 */
public interface AccountNames {

    /**
     * The display names of the accounts among {@code usernames}, keyed by the username in lower case; a username
     * without an account (deleted since, {@code system}, a mistyped login) is absent. One statement for all of them.
     */
    Map<String, String> displayNames(Collection<String> usernames);

    /**
     * The usernames of the accounts whose username is {@code text} or whose display name contains it (both ignoring
     * case), so that a filter by who acted accepts the name the console shows.
     */
    Set<String> usernamesFor(String text);
}
