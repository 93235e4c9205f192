package de.newsroom.console.comment.intake;

import de.newsroom.console.base.db.SiteSecrets;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Works out who is posting without storing who it is: the client address comes from the socket (or, behind a
 * configured trusted proxy, from the right-most untrusted {@code X-Forwarded-For} entry) and is only ever kept as an
 * HMAC-SHA256 with a secret salt: the configured {@code newsroom.comments.ip-salt}, else the one the site generated
 * once and keeps in the database, so every node and every restart hashes an address the same way.
 */
@Component
class ClientAddresses {

    private static final Logger log = LoggerFactory.getLogger(ClientAddresses.class);
    /** Name of the generated salt in {@code site_secret}. */
    static final String STORED_SALT = "comments.ip-salt";

    private final Set<String> trustedProxies;
    private final byte[] salt;
    /** One keyed MAC per thread: creating one per request costs more than the hash itself. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    ClientAddresses(CommentProperties properties, SiteSecrets secrets) {
        this.trustedProxies = Set.copyOf(properties.trustedProxies().stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (properties.ipSalt() == null || properties.ipSalt().isBlank()) {
            // A salt per node or per start would make bans, duplicate checks and idempotency keys miss whenever a
            // client reaches another node or comes back after a restart.
            this.salt = secrets.getOrCreate(STORED_SALT, 32);
            log.info("newsroom.comments.ip-salt is not set: using the site's generated salt stored in the database "
                    + "(site_secret '{}'), shared by every node on this database", STORED_SALT);
        } else {
            this.salt = properties.ipSalt().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The client's address: the socket's, unless the socket is a trusted proxy. */
    String clientAddress(HttpServletRequest request) {
        String socket = request.getRemoteAddr();
        if (!trustedProxies.contains(socket)) {
            // A spoofed X-Forwarded-For from an untrusted socket is ignored entirely.
            return socket;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return socket;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        String first = hops[0].strip();
        return first.isEmpty() ? socket : first;
    }

    /** The salted hash stored instead of the address (64 hex chars). */
    String hash(String address) {
        return HexFormat.of().formatHex(macs.get().doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    String clientHash(HttpServletRequest request) {
        return hash(clientAddress(request));
    }
}
