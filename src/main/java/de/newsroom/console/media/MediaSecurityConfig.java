package de.newsroom.console.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Rendition files are public and stateless like the reader API: no session, no login redirect, their own
 * year-long Cache-Control. Only {@code /media/<file>}; the library view at {@code /media} stays behind the login.
 */
@Configuration(proxyBeanMethods = false)
class MediaSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain mediaFilesSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/media/*")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
