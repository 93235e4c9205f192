package de.newsroom.console.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a client address into a keyed hash (HMAC-SHA256, 64 hex chars) for throttling and the audit log, so neither
 * memory nor the audit table holds raw IP addresses. The key is random per start unless configured.
 */
@Component
public class ClientHashes {

    private final byte[] key;

    ClientHashes(@Value("${newsroom.security.client-hash-key:}") String configuredKey) {
        if (configuredKey == null || configuredKey.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The keyed hash of {@code address}; {@code null} for an unknown address. */
    public String hash(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
