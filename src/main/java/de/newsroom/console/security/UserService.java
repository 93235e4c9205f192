package de.newsroom.console.security;

import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.UserProfiles;
import de.newsroom.console.audit.AuditLog;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the rest of the console sees them. Also the source of login details for Spring Security, which upgrades
 * outdated password hashes through {@link #updatePassword}.
 */
@Service
public class UserService implements UserDetailsService, UserDetailsPasswordService, UserProfiles {

    static final Set<String> SUPPORTED_LOCALES = Set.of("en", "de");

    private final UserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    UserService(UserRepository users, CurrentUser currentUser, PasswordEncoder encoder, PasswordPolicy policy,
                AuditLog audit) {
        this.users = users;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    /** Locks are checked by {@link LoginGuard} with its own clock, so the details never say "locked". */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        List<GrantedAuthority> authorities = Role.effective(user.getRoles()).stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(authorities)
                .disabled(!user.isEnabled())
                .build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails details, String newEncodedPassword) {
        users.findByUsernameIgnoreCase(details.getUsername()).ifPresent(u -> u.changePasswordHash(newEncodedPassword));
        return org.springframework.security.core.userdetails.User.withUserDetails(details)
                .password(newEncodedPassword).build();
    }

    /** The signed-in user's account, if there is one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserSummary> me() {
        return currentUser.username().flatMap(users::findByUsernameIgnoreCase).map(User::toSummary);
    }

    /** Remembers the signed-in user's language ({@code en} or {@code de}) for their next sessions. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyLanguage(Locale locale) {
        String tag = locale.getLanguage();
        if (!SUPPORTED_LOCALES.contains(tag)) {
            throw new AccountException(AccountField.LANGUAGE, "account.language.unsupported");
        }
        currentUser.username().flatMap(users::findByUsernameIgnoreCase).ifPresent(u -> {
            if (!tag.equals(u.getLocale())) {
                u.changeLocale(tag);
                audit.record(AuditActions.LANGUAGE_CHANGED, "user", u.getUsername(), tag);
            }
        });
    }

    /**
     * Changes the signed-in user's own password. The current password must be given; the new one follows the policy.
     * There is deliberately no way to change one's own roles here.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        User user = currentUser.username().flatMap(users::findByUsernameIgnoreCase)
                .orElseThrow(() -> new AccountException(AccountField.ACCOUNT, "account.error.not_found"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountException(AccountField.CURRENT_PASSWORD, "account.password.current_wrong");
        }
        policy.check(newPassword).ifPresent(problem -> {
            throw new AccountException(AccountField.PASSWORD, problem.messageKey());
        });
        user.changePasswordHash(encoder.encode(newPassword));
        audit.record(AuditActions.PASSWORD_CHANGED, "user", user.getUsername(), null);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Profile> currentProfile() {
        return me().map(u -> new Profile(u.displayName(), u.roles().stream().sorted().map(Role::name).toList(),
                u.locale()));
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberLanguage(Locale locale) {
        changeMyLanguage(locale);
    }
}
