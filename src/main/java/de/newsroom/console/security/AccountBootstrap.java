package de.newsroom.console.security;

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
 * only the first admin from the environment, and refuses to start while a demo password would let anyone in.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

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
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoData) {
            seedDemoAccounts();
        } else {
            refuseDemoPasswords();
            seedFirstAdmin();
        }
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

    private void seedFirstAdmin() {
        if (users.count() > 0) {
            return;
        }
        if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
            log.warn("The database has no accounts. Set NEWSROOM_ADMIN_USERNAME and NEWSROOM_ADMIN_PASSWORD "
                    + "to create the first admin.");
            return;
        }
        int length = adminPassword.codePointCount(0, adminPassword.length());
        if (length < 12 || length > 128) {
            throw new IllegalStateException("NEWSROOM_ADMIN_PASSWORD must have 12 to 128 characters.");
        }
        create(adminUsername, adminUsername, adminPassword, EnumSet.of(Role.ADMIN));
        log.info("Created the first admin account from NEWSROOM_ADMIN_USERNAME");
    }

    private void create(String username, String displayName, String password, Set<Role> roles) {
        users.save(new User(username, displayName, encoder.encode(password), roles, clock.instant()));
    }
}
