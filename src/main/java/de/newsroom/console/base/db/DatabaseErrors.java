package de.newsroom.console.base.db;

import de.newsroom.console.base.log.LogSafe;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database connection (PostgreSQL down, unreachable, restarting or hanging) from every other
 * error. Those are expected during an outage: callers answer 503 or show a "try again" message and log one line per
 * kind instead of a stack trace. Constraint violations, lock conflicts and bugs are not among them.
 */
public final class DatabaseErrors {

    private static final int MAX_DEPTH = 16;

    private DatabaseErrors() {
    }

    /** True when {@code error} or one of its causes says the database could not be reached or did not answer. */
    public static boolean isTransient(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof CallNotPermittedException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLTimeoutException || t instanceof SQLRecoverableException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (isTransientState(sql.getSQLState()) || isClosedByPool(sql))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return false;
    }

    /**
     * True when {@code error} says the database is down, unreachable or hanging: a transient failure that is not
     * merely the pool being busy. Only these count against the circuit breaker ({@link DatabaseGuard}); a busy pool
     * is overload (every connection lent out while PostgreSQL answers), and opening the breaker for it would lock the
     * whole console out because readers came in numbers.
     */
    public static boolean isOutage(Throwable error) {
        return isTransient(error) && !isPoolBusy(error);
    }

    /**
     * HikariCP's answer when no connection became free within its connection timeout and none failed to open: its
     * {@link SQLTransientConnectionException} then has neither a cause nor an SQLState (with a failed attempt to
     * connect it carries that failure as cause and its SQLState, and is an outage).
     */
    public static boolean isPoolBusy(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof SQLTransientConnectionException busy && busy.getCause() == null
                    && busy.getSQLState() == null && busy.getMessage() != null
                    && busy.getMessage().contains("Connection is not available")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return false;
    }

    /**
     * Connection exceptions (class 08), the server shutting down or starting (57P01-57P03), a cancelled statement
     * (57014, our timeouts) and too many connections (53300).
     */
    static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("57014") || state.equals("53300"));
    }

    /**
     * Hikari's answer (without an SQLState) on a connection it has already closed because PostgreSQL broke it; seen
     * when a transaction's rollback follows the failure that broke the connection, and replaces it.
     */
    private static boolean isClosedByPool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * A short name for the kind of failure, for grouping log lines: the SQLState of the innermost SQL exception,
     * "circuit open", or the innermost exception's class.
     */
    public static String kind(Throwable error) {
        String kind = null;
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof CallNotPermittedException) {
                return "circuit open";
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                kind = "SQLState " + sql.getSQLState();
            } else if (kind == null && t.getCause() == null) {
                kind = t.getClass().getSimpleName();
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return kind == null ? error.getClass().getSimpleName() : kind;
    }

    /** The kind and the innermost message, on one line, cut short: what an operator needs without a stack trace. */
    public static String describe(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return kind(error) + ": " + LogSafe.encode(message, 200);
    }
}
