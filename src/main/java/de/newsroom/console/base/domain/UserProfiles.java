package de.newsroom.console.base.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the shared layout needs to know about the signed-in user, implemented by the accounts feature so that the
 * shared kernel does not depend on it.
 */
public interface UserProfiles {

    /** The signed-in user's profile, empty when nobody is signed in. */
    Optional<Profile> currentProfile();

    /** Remembers the signed-in user's language for later sessions. */
    void rememberLanguage(Locale locale);

    /** Display name, held role names (e.g. {@code EDITOR}) and remembered language tag (may be null). */
    record Profile(String displayName, List<String> roles, String language) {
    }
}
