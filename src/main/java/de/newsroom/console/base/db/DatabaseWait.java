package de.newsroom.console.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Before any bean is created (so before the pool, Flyway and the web server, whose filters already need the
 * database), checks that the external PostgreSQL answers, and when {@code newsroom.db.wait} ({@code NEWSROOM_DB_WAIT})
 * is more than zero keeps trying with backoff (0.5 s doubling to 5 s), one log line per attempt, so a console started
 * together with its database does not die in a restart loop. A problem that is still there in the end stops the
 * start; {@link DatabaseFailureAnalyzer} names it in one line instead of Tomcat's, Hikari's and Flyway's stack traces.
 * The check opens one plain driver connection with the configured URL, user and password. The embedded database is
 * started by this process and needs no wait.
 */
@Component
class DatabaseWait implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url) && url.startsWith("jdbc:postgresql:")) {
            Duration wait = Binder.get(environment).bind("newsroom.db.wait", Duration.class).orElse(Duration.ZERO);
            awaitDatabase(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"), wait);
        }
    }

    private static void awaitDatabase(String url, String username, String password, Duration wait) {
        DatabaseTarget target = DatabaseTarget.parse(url, username);
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        Duration delay = FIRST_DELAY;
        for (int attempt = 1; ; attempt++) {
            try (Connection ignored = connect(url, username, password)) {
                if (attempt > 1) {
                    log.info("Database {} reachable after {} attempts ({} s)", target.address(), attempt,
                            seconds(Duration.ofNanos(System.nanoTime() - start)));
                }
                return;
            } catch (SQLException e) {
                ConnectionProblem problem = ConnectionProblem.find(e).orElse(null);
                long left = deadline - System.nanoTime();
                String cause = problem == null ? DatabaseTarget.redact(e.getMessage(), password)
                        : problem.summary(target);
                if (problem == null || !problem.kind().transientProblem || left <= 0) {
                    if (wait.isPositive()) {
                        log.warn("Database {} not reachable (attempt {}, giving up after {} s): {}",
                                target.address(), attempt, seconds(Duration.ofNanos(System.nanoTime() - start)),
                                cause);
                    }
                    throw new DatabaseUnavailableException("Database " + target + " not reachable: " + cause, e);
                }
                Duration next = delay.compareTo(Duration.ofNanos(left)) < 0 ? delay : Duration.ofNanos(left);
                log.warn("Database {} not reachable (attempt {}, next try in {} s): {}", target.address(), attempt,
                        seconds(next), cause);
                sleep(next);
                delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
            }
        }
    }

    private static Connection connect(String url, String username, String password) throws SQLException {
        Properties props = new Properties();
        if (StringUtils.hasText(username)) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return new org.postgresql.Driver().connect(url, props);
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("Interrupted while waiting for the database", e);
        }
    }

    /** The database could not be reached before the start-up went on; the cause holds the driver's exception. */
    static class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
