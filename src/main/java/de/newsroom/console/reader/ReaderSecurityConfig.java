package de.newsroom.console.reader;

import de.newsroom.console.base.web.ReaderCors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The reader side (content API, comment intake, preview page) is public and stateless: no session, no login redirect, no CSRF token (nothing here relies on a
 * cookie). Ordered before the console's chain. CORS is off unless {@code newsroom.reader.allowed-origins} lists the
 * reader site's origins ({@link ReaderCors}). The comment POST is answered before this chain
 * ({@code comment.intake.CommentPostFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ReaderSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain readerSecurityFilterChain(HttpSecurity http, ReaderCors readerCors) throws Exception {
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
        if (readerCors.source().isEmpty()) {
            http.cors(c -> c.disable());
        } else {
            http.cors(c -> c.configurationSource(readerCors.source().get()));
        }
        return http.build();
    }
}
