package de.newsroom.console.base.db;

import java.io.Closeable;
import java.io.IOException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource as everything sees it: fails at once while the {@link DatabaseGuard}'s breaker is open
 * (instead of every caller waiting for the pool's connection timeout), counts failed connection attempts against the
 * database, and gives connections opened on a fast path the short network timeout (Hikari restores the pool's own
 * when the connection is returned).
 */
final class GuardedDataSource extends DelegatingDataSource implements Closeable {

    private static final Executor DIRECT = Runnable::run;

    private final ObjectProvider<DatabaseGuard> guards;
    private volatile DatabaseGuard guard;

    GuardedDataSource(DataSource target, ObjectProvider<DatabaseGuard> guards) {
        super(target);
        this.guards = guards;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(null, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(username, password);
    }

    private Connection guarded(String username, String password) throws SQLException {
        DatabaseGuard g = guard();
        if (g != null) {
            g.beforeConnect();
        }
        Connection connection;
        try {
            connection = username == null ? obtainTargetDataSource().getConnection()
                    : obtainTargetDataSource().getConnection(username, password);
        } catch (SQLException e) {
            if (g != null) {
                g.recordFailure(e);
            }
            throw e;
        }
        Integer timeout = DatabaseGuard.requestedNetworkTimeout();
        if (timeout != null) {
            try {
                connection.setNetworkTimeout(DIRECT, timeout);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private DatabaseGuard guard() {
        DatabaseGuard g = guard;
        if (g == null) {
            g = guards.getIfAvailable();
            if (g != null && obtainTargetDataSource() instanceof HikariDataSource hikari) {
                g.probeWith(() -> direct(hikari));
            }
            guard = g;
        }
        return g;
    }

    /**
     * A connection outside the pool, for the breaker's probe: the pool's URL and credentials, at most a second to
     * connect and log in. A refused connection fails at once, where the pool would wait for its timeout.
     */
    private static Connection direct(HikariDataSource hikari) throws SQLException {
        Properties props = new Properties();
        props.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            props.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            props.setProperty("password", hikari.getPassword());
        }
        props.setProperty("connectTimeout", "1");
        props.setProperty("loginTimeout", "1");
        props.setProperty("ApplicationName", "newsroom-console probe");
        return DriverManager.getConnection(hikari.getJdbcUrl(), props);
    }

    @Override
    public void close() throws IOException {
        if (obtainTargetDataSource() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
