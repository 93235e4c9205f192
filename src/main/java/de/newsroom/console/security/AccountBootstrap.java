package de.newsroom.console.security;

import de.newsroom.console.base.db.SeedStep;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in. The default profile seeds the demo accounts on an empty database; production seeds
 * only the first admin from the environment, and refuses to start while a demo password would let anyone in. The
 * seeding is a {@link SeedStep}, run once per database under {@code StartupSeeding}'s lock; the refusal is checked at
 * every start, before any seeding.
 */
@Component
@Order(-1)
class AccountBootstrap implements ApplicationRunner, SeedStep {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final boolean demoData;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(UserRepository users, PasswordEncoder encoder, Clock clock,
                     @Value("${newsroom.demo-accounts:false}") boolean demoData,
                     @Value("${newsroom.admin.username:}") String adminUsername,
                     @Value("${newsroom.admin.password:}") String adminPassword) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.demoData = demoData;
        this.adminUsername = adminUsername == null ? "" : adminUsername.strip();
        this.adminPassword = adminPassword == null ? "" : adminPassword;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) {
        if (!demoData) {
            refuseDemoPasswords();
        }
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String name() {
        return demoData ? "demo-accounts" : "first-admin";
    }

    @Override
    public boolean seed() {
        if (demoData) {
            seedDemoAccounts();
            return true;
        }
        refuseDemoPasswords();
        return seedFirstAdmin();
    }

    private void seedDemoAccounts() {
        if (users.count() > 0) {
            return;
        }
        create(DemoAccounts.ADMIN, "Anna Admin", DemoAccounts.ADMIN_PASSWORD, EnumSet.of(Role.ADMIN));
        create(DemoAccounts.EDITOR, "Erik Redakteur", DemoAccounts.EDITOR_PASSWORD, EnumSet.of(Role.EDITOR));
        create(DemoAccounts.MODERATOR, "Mona Moderatorin", DemoAccounts.MODERATOR_PASSWORD, EnumSet.of(Role.MODERATOR));
        create("chefredaktion", "Clara Chefredakteurin", "Chefredaktion-Demo-2026", EnumSet.of(Role.EDITOR, Role.MODERATOR));
        log.info("Seeded demo accounts admin, editor, moderator, chefredaktion (passwords in README.md)");
    }

    private void refuseDemoPasswords() {
        if (DemoAccounts.PASSWORDS.containsValue(adminPassword) || "Chefredaktion-Demo-2026".equals(adminPassword)) {
            throw new IllegalStateException("NEWSROOM_ADMIN_PASSWORD is a published demo password; choose another.");
        }
        for (Map.Entry<String, String> demo : DemoAccounts.PASSWORDS.entrySet()) {
            users.findByUsernameIgnoreCase(demo.getKey())
                    .filter(u -> u.isEnabled() && encoder.matches(demo.getValue(), u.getPasswordHash()))
                    .ifPresent(u -> {
                        throw new IllegalStateException("Account '" + demo.getKey()
                                + "' still has its published demo password; change it before running in production.");
                    });
        }
    }

    /** True when an account exists now; false when none does and none is configured (tried again next start). */
    private boolean seedFirstAdmin() {
        if (users.count() > 0) {
            return true;
        }
        if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
            log.warn("The database has no accounts. Set NEWSROOM_ADMIN_USERNAME and NEWSROOM_ADMIN_PASSWORD "
                    + "to create the first admin.");
            return false;
        }
        int length = adminPassword.codePointCount(0, adminPassword.length());
        if (length < 12 || length > 128) {
            throw new IllegalStateException("NEWSROOM_ADMIN_PASSWORD must have 12 to 128 characters.");
        }
        create(adminUsername, adminUsername, adminPassword, EnumSet.of(Role.ADMIN));
        log.info("Created the first admin account from NEWSROOM_ADMIN_USERNAME");
        return true;
    }

    private void create(String username, String displayName, String password, Set<Role> roles) {
        users.save(new User(username, displayName, encoder.encode(password), roles, clock.instant()));
    }
}
