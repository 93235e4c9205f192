package de.newsroom.console.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates throw-away accounts straight in the database for tests that must not depend on the admin services. */
@Component
class TestAccounts {

    static final String PASSWORD = "Correct-Horse-Battery-42";

    private final UserRepository users;
    private final PasswordEncoder encoder;

    TestAccounts(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Transactional
    public String create(String prefix, Role... roles) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        users.save(new User(name, "Test " + name, encoder.encode(PASSWORD), set, Instant.now()));
        return name;
    }

    @Transactional
    public void disable(String username) {
        users.findByUsernameIgnoreCase(username).orElseThrow().disable();
    }

    @Transactional(readOnly = true)
    public UserSummary find(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow().toSummary();
    }
}
