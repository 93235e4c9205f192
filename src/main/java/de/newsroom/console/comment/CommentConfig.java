package de.newsroom.console.comment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code newsroom.comments.*}. The public intake shares the reader side's stateless security chain
 * ({@code reader.ReaderSecurityConfig}, matching {@code /api/public/**}): anonymous, no session, no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommentProperties.class)
class CommentConfig {
}
