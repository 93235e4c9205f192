package de.newsroom.console.security;

import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.LogSafe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks the signed-in account on every request: a disabled account is signed out at once, and
 * changed roles replace the session's authorities, so the next navigation is decided on the current roles.
 * While PostgreSQL cannot be reached the check is skipped: nothing behind it can read or change data then either, and
 * the request goes on to the view, which tells the user the database is unreachable instead of the browser showing a
 * lost connection.
 */
class AccountStatusFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStatusFilter.class);

    private final AccountStatus status;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    AccountStatusFilter(AccountStatus status) {
        this.status = status;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()) {
            // Accounts are never deleted, only disabled; a name without a row is a system or test principal.
            Optional<AccountStatus.Standing> standing;
            try {
                standing = status.of(auth.getName());
            } catch (RuntimeException e) {
                if (!DatabaseErrors.isTransient(e)) {
                    throw e;
                }
                standing = Optional.empty();
            }
            if (standing.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            if (!standing.get().enabled()) {
                log.info("Ending the session of disabled account {}", LogSafe.encode(auth.getName()));
                new SecurityContextLogoutHandler().logout(request, response, auth);
            } else if (!standing.get().authorities().equals(AccountStatus.authoritiesOf(auth))) {
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null,
                        standing.get().grantedAuthorities());
                refreshed.setDetails(auth.getDetails());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(refreshed);
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
