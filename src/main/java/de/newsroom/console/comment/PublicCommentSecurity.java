package de.newsroom.console.comment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public reader API's own chain, ahead of Vaadin's: anonymous, stateless (no session is ever created, so no
 * session cookie can be fixated or exhausted) and without CSRF tokens, since it carries no cookies to forge.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommentProperties.class)
class PublicCommentSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain publicCommentApiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/public/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
