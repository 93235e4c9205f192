package de.newsroom.console.security;

import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password rules (ASVS/NIST style): 12 to 128 code points, any characters including emoji and spaces, and not
 * one of the 10,000 most common passwords (zxcvbn's list, compared case-insensitively). No composition rules.
 */
@Component
public class PasswordPolicy {

    static final String COMMON_LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The first problem with {@code password}, or empty when it may be used. */
    public Optional<PasswordProblem> check(String password) {
        if (password == null) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (!Texts.isStorable(password)) {
            return Optional.of(PasswordProblem.UNSTORABLE);
        }
        int length = Texts.codePointLength(password);
        if (length < TextLimits.PASSWORD_MIN) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > TextLimits.PASSWORD_MAX) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + COMMON_LIST);
            }
            Set<String> words = new HashSet<>(16_384);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
