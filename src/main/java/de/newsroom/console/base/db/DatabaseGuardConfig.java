package de.newsroom.console.base.db;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database circuit breaker ({@link DatabaseGuard}), the DataSource wrapped in it ({@link GuardedDataSource}),
 * embedded and external alike, and the readiness check that uses it ({@link DatabaseHealthIndicator}, in place of
 * Spring Boot's {@code db} indicator, whose {@code isValid(0)} waits for the socket timeout when PostgreSQL hangs).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseGuardConfig {

    @Bean(destroyMethod = "shutdown")
    DatabaseGuard databaseGuard(@Value("${newsroom.db.request-timeout:1500ms}") Duration requestTimeout,
                                @Value("${newsroom.db.retry-interval:1s}") Duration retryInterval) {
        return new DatabaseGuard(requestTimeout, retryInterval);
    }

    @Bean
    static BeanPostProcessor guardedDataSources(ObjectProvider<DatabaseGuard> guards) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof GuardedDataSource)) {
                    return new GuardedDataSource(dataSource, guards);
                }
                return bean;
            }
        };
    }

    /** Named so that Spring Boot's own {@code db} indicator steps aside; the readiness group keeps naming "db". */
    @Bean
    DatabaseHealthIndicator dbHealthIndicator(DatabaseGuard guard, JdbcTemplate jdbc,
                                              @Value("${newsroom.db.health-timeout:800ms}") Duration timeout) {
        return new DatabaseHealthIndicator(guard, jdbc, timeout);
    }
}
