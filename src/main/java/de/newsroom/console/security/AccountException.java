package de.newsroom.console.security;

/** An account change the rules refuse; carries the field and a translation key for a clear message. */
public class AccountException extends RuntimeException {

    private final AccountField field;
    private final String messageKey;

    public AccountException(AccountField field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public AccountField field() {
        return field;
    }

    /** Translation key, e.g. {@code account.error.last_admin}. */
    public String messageKey() {
        return messageKey;
    }
}
