package de.newsroom.console.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import de.newsroom.console.base.log.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The navigation-time half of {@link AccountStatusFilter}: before any view opens, a disabled account, or a session
 * that still holds a role the account has lost, is signed out and sent to the login page.
 */
@Component
class AccountStatusNavigationCheck implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(AccountStatusNavigationCheck.class);

    private static final String LOGIN = "login";
    private final AccountStatus status;

    AccountStatusNavigationCheck(AccountStatus status) {
        this.status = status;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        // An error page shows no data; checking again would fail again when the error was the database's.
        if (LOGIN.equals(event.getLocation().getPath())
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof UsernamePasswordAuthenticationToken) || !auth.isAuthenticated()) {
            return;
        }
        var standing = status.of(auth.getName());
        if (standing.isEmpty()) {
            return; // accounts are never deleted, only disabled: a name without a row is a system or test principal
        }
        boolean disabled = !standing.get().enabled();
        boolean lostRole = !standing.get().authorities().containsAll(AccountStatus.authoritiesOf(auth));
        if (disabled || lostRole) {
            log.info("Signing out {}: {}", LogSafe.encode(auth.getName()), disabled ? "account disabled" : "roles changed");
            SecurityContextHolder.clearContext();
            if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request
                    && request.getHttpServletRequest().getSession(false) != null) {
                request.getHttpServletRequest().getSession(false).invalidate();
            }
            event.getUI().getPage().setLocation(LOGIN);
            event.rerouteTo(LOGIN);
        }
    }
}
