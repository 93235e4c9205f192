package de.newsroom.console.security;

import java.util.Set;

/** What an admin enters to create an account; the password is the initial one and follows the policy. */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, String password) {
}
