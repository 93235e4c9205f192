package de.newsroom.console.reader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Cache headers of the reader side. The ETag is a hash of the content, so a repeat request gets {@code 304} from
 * Spring's conditional-request handling of {@link ResponseEntity}; Last-Modified is the newest change reflected.
 */
final class HttpCaching {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

    private HttpCaching() {
    }

    static <T> ResponseEntity<T> ok(T body, String content, Instant lastModified) {
        var builder = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).eTag(etag(content));
        if (lastModified != null) {
            builder.lastModified(lastModified);
        }
        return builder.body(body);
    }

    /** The later of two change times for {@code Last-Modified}; either may be null (nothing to reflect). */
    static Instant newer(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    static String etag(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
