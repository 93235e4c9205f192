package de.newsroom.console.base.domain;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting right now, read from Spring Security's context. */
@Component
public class CurrentUser {

    /** The signed-in username, empty for anonymous callers. */
    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    /** The username for audit trails; {@code system} when no one is signed in (jobs, startup). */
    public String actorName() {
        return username().orElse("system");
    }
}
