package de.newsroom.console.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records the time of each successful login, shown to admins in the account list. */
@Component
class LoginListener {

    private final UserRepository users;
    private final Clock clock;

    LoginListener(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(u -> u.recordSuccessfulLogin(clock.instant()));
    }
}
