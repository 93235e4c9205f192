package de.newsroom.console.security;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.ClockTicker;
import de.newsroom.console.base.log.LogSafe;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's only authentication provider: the usual username/password check (Argon2id, hash upgrade on login),
 * wrapped in throttling per account and per client address, with every outcome in the audit log. Every refusal is
 * the same {@link BadCredentialsException}, so the login page cannot tell an unknown user from a wrong password,
 * a throttled or a locked account.
 */
@Component
class LoginGuard implements AuthenticationProvider {

    static final String UNKNOWN_ACTOR = "unknown";
    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

    private final DaoAuthenticationProvider passwords;
    private final UserRepository users;
    private final AuditLog audit;
    private final ClientHashes clients;
    private final TransactionTemplate tx;
    private final AddressThrottle addresses = new AddressThrottle(ClockTicker.of(() -> this.clock));
    private final PasswordEncoder encoder;
    private final String timingHash;
    private volatile Clock clock;

    LoginGuard(UserService userService, PasswordEncoder encoder, UserRepository users, AuditLog audit,
               ClientHashes clients, PlatformTransactionManager transactions, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(userService);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(userService);
        this.users = users;
        this.audit = audit;
        this.clients = clients;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.encoder = encoder;
        this.timingHash = encoder.encode("timing-equaliser-" + System.nanoTime());
    }

    /** Tests move time forward with their own clock; production keeps the injected one. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Tests start each case with no blocked client addresses. */
    void forgetClientAddresses() {
        addresses.clear();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Instant now = clock.instant();
        String attempted = attempt.getName() == null ? "" : attempt.getName().strip();
        String client = clients.hash(remoteAddress(attempt));

        if (addresses.isBlocked(client, now)) {
            // Not audited per attempt: a blocked client could otherwise fill the audit table.
            log.debug("Login refused: client address blocked");
            throw refused();
        }
        if (tx.execute(s -> users.findByUsernameIgnoreCase(attempted).map(u -> u.isLockedAt(now)).orElse(false))) {
            // Spend the time a password check takes, so a locked account does not answer faster.
            encoder.matches(String.valueOf(attempt.getCredentials()), timingHash);
            failed(client, now, attempted, "throttled", false);
            throw refused();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            failed(client, now, attempted, reason(e), true);
            throw refused();
        }
        tx.executeWithoutResult(s -> {
            users.findByUsernameIgnoreCase(result.getName()).ifPresent(u -> u.recordSuccessfulLogin(now));
            audit.recordAs(result.getName(), AuditActions.LOGIN_SUCCEEDED, "user", result.getName(), null, client);
        });
        return result;
    }

    private void failed(String client, Instant now, String attempted, String reason, boolean countForAccount) {
        boolean clientBlocked = addresses.recordFailure(client, now);
        tx.executeWithoutResult(s -> {
            var user = users.findByUsernameIgnoreCaseForUpdate(attempted);
            if (user.isEmpty()) {
                audit.recordAs(UNKNOWN_ACTOR, AuditActions.LOGIN_FAILED, "user", null,
                        "unknown user: " + attempted, client);
            } else {
                User u = user.get();
                String detail = reason;
                User.FailedLogin outcome = countForAccount && !"disabled".equals(reason)
                        ? u.recordFailedLogin(now) : User.FailedLogin.COUNTED;
                audit.recordAs(u.getUsername(), AuditActions.LOGIN_FAILED, "user", u.getUsername(), detail, client);
                if (outcome == User.FailedLogin.LOCKED) {
                    audit.recordAs(u.getUsername(), AuditActions.ACCOUNT_LOCKED, "user", u.getUsername(),
                            "locked until " + u.getLockedUntil(), client);
                    log.info("Account {} locked after {} failed logins", LogSafe.encode(u.getUsername()),
                            User.LOCK_AFTER);
                }
            }
            if (clientBlocked) {
                audit.recordAs(UNKNOWN_ACTOR, AuditActions.CLIENT_BLOCKED, "client", null,
                        AddressThrottle.LIMIT + " failed logins in 10 minutes", client);
            }
        });
        if (clientBlocked) {
            log.warn("A client address was blocked after {} failed logins", AddressThrottle.LIMIT);
        }
    }

    private static String reason(AuthenticationException e) {
        return switch (e.getClass().getSimpleName()) {
            case "DisabledException" -> "disabled";
            case "LockedException" -> "locked";
            default -> "bad credentials";
        };
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }

    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
