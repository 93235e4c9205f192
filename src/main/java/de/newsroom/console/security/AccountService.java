package de.newsroom.console.security;

import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration for admins: list, create, edit, disable, unlock and reset passwords. Every change is
 * audited in its own transaction, and the last enabled admin can neither be disabled nor lose the ADMIN role.
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3,50}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of accounts ordered by username. */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<UserSummary> list(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        return users.page(PageRequest.of(Math.max(0, offset) / size, size)).stream().map(User::toSummary).toList();
    }

    /** The number of accounts. */
    @Transactional(readOnly = true)
    @AdminOnly
    public int count() {
        return (int) users.count();
    }

    /** One account by id. */
    @Transactional(readOnly = true)
    @AdminOnly
    public UserSummary get(long id) {
        return load(id).toSummary();
    }

    /** One account by username (any case), if there is one: the dashboard links locked accounts by name. */
    @Transactional(readOnly = true)
    @AdminOnly
    public java.util.Optional<UserSummary> findByUsername(String username) {
        return username == null ? java.util.Optional.empty()
                : users.findByUsernameIgnoreCase(username.strip()).map(User::toSummary);
    }

    /** Creates an account with an initial password. */
    @Transactional
    @AdminOnly
    public UserSummary create(NewAccount account) {
        String username = Texts.normalize(account.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException(AccountField.USERNAME, "account.username.invalid");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new AccountException(AccountField.USERNAME, "account.username.taken");
        }
        String displayName = displayName(account.displayName());
        String email = email(account.email());
        Set<Role> roles = roles(account.roles());
        checkPassword(account.password());
        User user = new User(username, displayName, encoder.encode(account.password()), roles, clock.instant());
        user.changeEmail(email);
        users.saveAndFlush(user);
        audit.record(AuditActions.ACCOUNT_CREATED, "user", username, "roles " + names(roles));
        return user.toSummary();
    }

    /** Changes display name, email and roles. */
    @Transactional
    @AdminOnly
    public UserSummary update(long id, AccountChanges changes) {
        User user = load(id);
        String displayName = displayName(changes.displayName());
        String email = email(changes.email());
        Set<Role> roles = roles(changes.roles());
        if (!roles.contains(Role.ADMIN)) {
            ensureAnotherAdminRemains(user, AccountField.ROLES);
        }
        StringBuilder changed = new StringBuilder();
        if (!displayName.equals(user.getDisplayName())) {
            user.changeDisplayName(displayName);
            changed.append("displayName ");
        }
        if (!java.util.Objects.equals(email, user.getEmail())) {
            user.changeEmail(email);
            changed.append("email ");
        }
        if (!changed.isEmpty()) {
            audit.record(AuditActions.ACCOUNT_UPDATED, "user", user.getUsername(), changed.toString().strip());
        }
        if (!roles.equals(user.getRoles())) {
            audit.record(AuditActions.ROLES_CHANGED, "user", user.getUsername(),
                    names(user.getRoles()) + " -> " + names(roles));
            user.changeRoles(roles);
        }
        users.flush();
        return user.toSummary();
    }

    /** Disables or re-enables an account; a disabled account's open sessions end at their next request. */
    @Transactional
    @AdminOnly
    public UserSummary setEnabled(long id, boolean enabled) {
        User user = load(id);
        if (enabled == user.isEnabled()) {
            return user.toSummary();
        }
        if (enabled) {
            user.enable();
            audit.record(AuditActions.ACCOUNT_ENABLED, "user", user.getUsername(), null);
        } else {
            ensureAnotherAdminRemains(user, AccountField.ACCOUNT);
            user.disable();
            audit.record(AuditActions.ACCOUNT_DISABLED, "user", user.getUsername(), null);
        }
        users.flush();
        return user.toSummary();
    }

    /** Lifts a login lock or delay before it runs out. */
    @Transactional
    @AdminOnly
    public UserSummary unlock(long id) {
        User user = load(id);
        user.unlock();
        audit.record(AuditActions.ACCOUNT_UNLOCKED, "user", user.getUsername(), null);
        users.flush();
        return user.toSummary();
    }

    /** Sets a new password chosen by an admin (policy applies) and lifts any lock. */
    @Transactional
    @AdminOnly
    public UserSummary resetPassword(long id, String newPassword) {
        User user = load(id);
        checkPassword(newPassword);
        user.changePasswordHash(encoder.encode(newPassword));
        user.unlock();
        audit.record(AuditActions.PASSWORD_RESET, "user", user.getUsername(), null);
        users.flush();
        return user.toSummary();
    }

    private void ensureAnotherAdminRemains(User user, AccountField field) {
        if (!user.isEnabled() || !user.getRoles().contains(Role.ADMIN)) {
            return;
        }
        boolean another = users.lockEnabledAdmins().stream().anyMatch(a -> !a.getId().equals(user.getId()));
        if (!another) {
            throw new AccountException(field, "account.error.last_admin");
        }
    }

    private User load(long id) {
        return users.findById(id).orElseThrow(() -> new AccountException(AccountField.ACCOUNT, "account.error.not_found"));
    }

    void checkPassword(String password) {
        policy.check(password).ifPresent(problem -> {
            throw new AccountException(AccountField.PASSWORD, problem.messageKey());
        });
    }

    private static String displayName(String value) {
        String clean = Texts.normalize(value);
        if (Texts.check(clean, 1, TextLimits.DISPLAY_NAME) != TextProblem.OK) {
            throw new AccountException(AccountField.DISPLAY_NAME, "account.display_name.invalid");
        }
        return clean;
    }

    private static String email(String value) {
        String clean = Texts.normalize(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (Texts.check(clean, 3, TextLimits.EMAIL) != TextProblem.OK || !EMAIL.matcher(clean).matches()) {
            throw new AccountException(AccountField.EMAIL, "account.email.invalid");
        }
        return clean;
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException(AccountField.ROLES, "account.roles.empty");
        }
        return EnumSet.copyOf(roles);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
