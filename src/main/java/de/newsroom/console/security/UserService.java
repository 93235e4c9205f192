package de.newsroom.console.security;

import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.UserProfiles;
import java.time.Clock;
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
    private final Clock clock;

    UserService(UserRepository users, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
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
            throw new IllegalArgumentException("unsupported language " + tag);
        }
        currentUser.username().flatMap(users::findByUsernameIgnoreCase).ifPresent(u -> u.changeLocale(tag));
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
