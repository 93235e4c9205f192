package de.newsroom.console.reader;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The reader side (content API, comment intake, preview page) is public and stateless: no session, no login redirect, no CSRF token (nothing here relies on a
 * cookie). Ordered before the console's chain. CORS is off unless {@code newsroom.reader.allowed-origins} lists the
 * reader site's origins.
 */
@Configuration(proxyBeanMethods = false)
class ReaderSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain readerSecurityFilterChain(HttpSecurity http,
            @Value("${newsroom.reader.allowed-origins:}") String allowedOrigins) throws Exception {
        http.securityMatcher("/api/public/**", "/read/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // Responses carry their own CDN-friendly Cache-Control; Security's "no-store" would defeat it.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        CorsConfigurationSource cors = corsFor(origins(allowedOrigins));
        if (cors == null) {
            http.cors(c -> c.disable());
        } else {
            http.cors(c -> c.configurationSource(cors));
        }
        return http.build();
    }

    static List<String> origins(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** CORS for the public API only; {@code null} when no origin is configured. */
    static CorsConfigurationSource corsFor(List<String> origins) {
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
