package de.newsroom.console.base.db;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
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
            guard = g;
        }
        return g;
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
