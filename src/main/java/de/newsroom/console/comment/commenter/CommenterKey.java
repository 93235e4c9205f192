package de.newsroom.console.comment.commenter;

import java.util.Locale;

/**
 * Who a commenter is, as far as the console knows: the e-mail in lower case and/or the client hash (a salted hash of
 * the address; the address itself is never stored). At least one is set.
 */
public record CommenterKey(String email, String clientHash) {

    public CommenterKey {
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        clientHash = clientHash == null || clientHash.isBlank() ? null : clientHash;
        if (email == null && clientHash == null) {
            throw new IllegalArgumentException("comment.commenter.error.nokey");
        }
    }

    /** The first characters of the client hash, enough to tell two clients apart on screen. */
    public String shortClient() {
        return clientHash == null ? null : clientHash.substring(0, Math.min(10, clientHash.length()));
    }
}
