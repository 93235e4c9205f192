package de.newsroom.console.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.newsroom.console.security.ui.LoginView;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The console's security chain: Vaadin views behind a login form, health probes and static styles public. Services
 * guard themselves with {@code @PreAuthorize} (JSR-250 is left off so that views carrying {@code @RolesAllowed} for
 * navigation are not proxied), so a hidden button is never the only protection.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Runs before every other filter and on error dispatches too, so even a 404 or a 400 carries the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC, DispatcherType.INCLUDE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * No Micrometer observations around Spring Security's filters, authentications and authorizations: they feed
     * tracing, which the console does not use, and each secured service call and each request paid for creating them
     * (the article list's search: about a sixth of its time in the JVM, JFR).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, AccountStatus accountStatus) throws Exception {
        http.addFilterBefore(new AccountStatusFilter(accountStatus), AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles/**", "/icons/**").permitAll());
        // Vaadin's default for a path that is no route is denyAll, which answered a signed-in user's typo with a
        // bare "HTTP ERROR 403" from the servlet container. Signed in, such paths go on to Vaadin's router, which
        // shows the in-app "not found" page with status 404; signed out, they still lead to the login page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
