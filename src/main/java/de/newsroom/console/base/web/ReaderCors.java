package de.newsroom.console.base.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which reader-site origins may call the public API from a browser: none unless {@code newsroom.reader.allowed-origins}
 * lists them. Shared by the reader API's security chain and the comment intake, which answers before that chain.
 */
@Component
public class ReaderCors {

    private final CorsConfigurationSource source;

    public ReaderCors(@Value("${newsroom.reader.allowed-origins:}") String allowedOrigins) {
        this.source = corsFor(origins(allowedOrigins));
    }

    /** The CORS settings for {@code /api/public/**}; empty when no origin is configured (CORS off). */
    public Optional<CorsConfigurationSource> source() {
        return Optional.ofNullable(source);
    }

    public static List<String> origins(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** CORS for the public API only; {@code null} when no origin is configured. */
    public static CorsConfigurationSource corsFor(List<String> origins) {
        if (origins.isEmpty()) {
            return null;
        }
        var config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
        config.setAllowedHeaders(List.of("Content-Type", "Accept", "If-None-Match", "If-Modified-Since",
                "Idempotency-Key"));
        config.setExposedHeaders(List.of("ETag", "Last-Modified", "Retry-After", "Location"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/public/**", config);
        return source;
    }
}
