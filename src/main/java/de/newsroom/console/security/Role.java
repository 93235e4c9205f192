package de.newsroom.console.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles a console account can hold. ADMIN may do everything the others may. */
public enum Role {
    ADMIN, EDITOR, MODERATOR;

    /** The roles whose permissions an account with these roles effectively has. */
    public static Set<Role> effective(Set<Role> held) {
        return held.contains(ADMIN) ? EnumSet.allOf(Role.class) : (held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held));
    }
}
