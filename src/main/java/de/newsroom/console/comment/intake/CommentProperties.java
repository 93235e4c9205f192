package de.newsroom.console.comment.intake;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public comment intake ({@code newsroom.comments.*}). {@code newsroom.comments.listen} belongs to the
 * live updates and is read by {@code CommentNotificationListener}.
 *
 * @param ipSalt secret for the HMAC that turns client addresses into {@code client_hash}; blank means the salt the
 *               site generated once and keeps in the database ({@code site_secret}), shared by all nodes
 * @param trustedProxies socket addresses of reverse proxies whose {@code X-Forwarded-For} is believed
 * @param duplicateWindow how long the same body from the same client is refused
 */
@ConfigurationProperties("newsroom.comments")
record CommentProperties(
        String ipSalt,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("1h") Duration duplicateWindow,
        @DefaultValue RateLimit rateLimit) {

    /**
     * @param enabled off only for benchmarks
     * @param burst posts one client may send at once
     * @param perMinute posts per minute one client may send after the burst
     * @param articleBurst posts all clients together may send to one article at once
     * @param articlePerMinute posts per minute to one article after its burst
     * @param reportBurst reports one client may send at once
     * @param reportPerMinute reports per minute one client may send after the burst
     */
    record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5") int burst,
            @DefaultValue("5") int perMinute,
            @DefaultValue("30") int articleBurst,
            @DefaultValue("30") int articlePerMinute,
            @DefaultValue("10") int reportBurst,
            @DefaultValue("10") int reportPerMinute) {
    }
}
