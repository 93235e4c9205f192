package de.newsroom.console.reader;

import de.newsroom.console.base.db.DatabaseGuard;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Reader requests wait for PostgreSQL only briefly ({@code newsroom.db.request-timeout} per statement): when it hangs, a
 * reader gets a 503 ({@link ReaderUnavailable}) within that time instead of holding a pooled connection and a request
 * thread for the socket timeout.
 */
@Configuration(proxyBeanMethods = false)
class ReaderTimeouts {

    @Bean
    FilterRegistrationBean<Filter> readerShortTimeouts(DatabaseGuard database) {
        Filter filter = (request, response, chain) -> {
            try (DatabaseGuard.Scope scope = database.shortTimeouts()) {
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/api/public/*", "/read/*");
        registration.setName("readerShortTimeouts");
        return registration;
    }
}
