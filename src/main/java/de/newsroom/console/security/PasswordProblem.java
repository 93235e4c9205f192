package de.newsroom.console.security;

/** Why a new password is refused; each maps to a translated field message. */
public enum PasswordProblem {
    TOO_SHORT, TOO_LONG, TOO_COMMON, UNSTORABLE;

    /** The translation key of the field message, e.g. {@code account.password.too_short}. */
    public String messageKey() {
        return "account.password." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
