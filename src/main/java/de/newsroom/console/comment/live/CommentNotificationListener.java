package de.newsroom.console.comment.live;

import com.zaxxer.hikari.HikariDataSource;
import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.ThrottledLog;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * LISTENs on {@code newsroom_comments} on a dedicated connection (outside the pool, so it never starves requests) in
 * a daemon thread, and hands other instances' changes to the {@link CommentBroadcaster}. Reconnects after failures,
 * after 1 s and then at most every {@link #MAX_RETRY_MILLIS}, with one log line per kind of failure per interval while
 * PostgreSQL is away and one when listening again.
 */
@Component
class CommentNotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommentNotificationListener.class);
    private static final int POLL_MILLIS = 500;
    static final long MAX_RETRY_MILLIS = 5000;
    private static final ThrottledLog failures = new ThrottledLog(log);

    private final DataSource dataSource;
    private final CommentBroadcaster broadcaster;
    private final boolean enabled;
    private volatile boolean running;
    private volatile Thread thread;

    /** {@code listen}: off only for benchmarks, where one instance has nobody to hear from. */
    CommentNotificationListener(DataSource dataSource, CommentBroadcaster broadcaster,
                                @Value("${newsroom.comments.listen:true}") boolean listen) {
        this.dataSource = dataSource;
        this.broadcaster = broadcaster;
        this.enabled = listen;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("comment-listen").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        long retryMillis = 1000;
        while (running) {
            try (Connection connection = openDedicated()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CommentChangeRelay.CHANNEL);
                }
                retryMillis = 1000;
                failures.recovered("Comment LISTEN connection restored");
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        CommentsChanged change = CommentChangeRelay.parse(n.getParameter());
                        if (change != null) {
                            broadcaster.broadcast(change);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                failures.warn(DatabaseErrors.kind(e), "Comment LISTEN connection lost, reconnecting ("
                        + DatabaseErrors.describe(e) + ")");
                try {
                    Thread.sleep(retryMillis);
                } catch (InterruptedException ie) {
                    return;
                }
                retryMillis = Math.min(MAX_RETRY_MILLIS, retryMillis * 2);
            }
        }
    }

    private Connection openDedicated() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            Properties props = new Properties();
            if (hikari.getUsername() != null) {
                props.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                props.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), props);
        }
        return dataSource.getConnection();
    }
}
