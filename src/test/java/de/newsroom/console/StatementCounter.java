package de.newsroom.console;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements this thread sends while a piece of work runs, through every path (JdbcTemplate,
 * Hibernate, Flyway alike): the integration tests' context wraps its DataSource in it. The statement-count
 * regression checks ({@code scale.ScaleRegressionTest}) read it; everything else never notices it.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** What {@code work} returned and the SQL of every statement it prepared, in order. */
    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> previous = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            RECORDING.set(previous);
        }
    }

    public static Counted<Void> count(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        });
    }

    private static Connection counting(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    List<String> recording = RECORDING.get();
                    if (recording != null && STATEMENT_METHODS.contains(method.getName())) {
                        recording.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                                : "(plain statement)");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Wraps the context's DataSource. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
                        return new CountingDataSource(dataSource);
                    }
                    return bean;
                }
            };
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {
        CountingDataSource(DataSource target) {
            super(target);
        }

        /** Closes the pool underneath when the context closes, as it would without the wrapper. */
        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }
}
