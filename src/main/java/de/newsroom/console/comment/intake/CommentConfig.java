package de.newsroom.console.comment.intake;

import de.newsroom.console.base.web.ReaderCors;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds {@code newsroom.comments.*} and puts the comment and report POSTs ({@link CommentPostFilter}) in front of the reader
 * side's stateless security chain ({@code reader.ReaderSecurityConfig}, matching {@code /api/public/**}), which serves
 * the rest of the public comment API: anonymous, no session, no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommentProperties.class)
class CommentConfig {

    /** Right after the security headers filter (highest precedence), before Spring Security and Spring MVC. */
    @Bean
    FilterRegistrationBean<CommentPostFilter> commentPostFilter(CommentIntakeService intake,
            CommentReportService reports, CommentRateLimiter limiter, ClientAddresses clients, JsonMapper json,
            ReaderCors cors) {
        var registration = new FilterRegistrationBean<>(new CommentPostFilter(intake, reports, limiter, clients, json,
                cors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(CommentPostFilter.PREFIX + "*", CommentPostFilter.REPORT_PREFIX + "*");
        return registration;
    }
}
