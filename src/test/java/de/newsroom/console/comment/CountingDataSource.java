package de.newsroom.console.comment;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Counts the SQL statements prepared or created through it: the test's proof of "one statement per page". */
final class CountingDataSource extends DelegatingDataSource {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    final AtomicInteger statements = new AtomicInteger();

    CountingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
        Connection real = super.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
            if (STATEMENT_METHODS.contains(method.getName())) {
                statements.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }
}
