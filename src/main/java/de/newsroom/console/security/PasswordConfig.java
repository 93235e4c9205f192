package de.newsroom.console.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with OWASP/ASVS parameters (m=19456 KiB, t=2, p=1) for new hashes. The delegating encoder still reads
 * older bcrypt hashes, and Spring upgrades them on the next successful login.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    static final String ARGON2 = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
        return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
