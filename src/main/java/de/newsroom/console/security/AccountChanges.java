package de.newsroom.console.security;

import java.util.Set;

/** What an admin may change on an existing account (the username stays). */
public record AccountChanges(String displayName, String email, Set<Role> roles) {
}
