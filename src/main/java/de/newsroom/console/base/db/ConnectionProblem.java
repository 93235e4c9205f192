package de.newsroom.console.base.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Why a connection to PostgreSQL failed, read from anywhere in an exception's cause chain (Hikari, Flyway and Spring
 * wrap the driver's exception several times). Shared by the start-up wait and the failure analyzer.
 */
record ConnectionProblem(Kind kind, String sqlState, Throwable cause) {

    enum Kind {
        REFUSED(true), UNKNOWN_HOST(true), TIMEOUT(true), NO_ROUTE(true), STARTING_UP(true), OTHER_NETWORK(true),
        PASSWORD(false), USER_REJECTED(false), NO_DATABASE(false);

        /** Worth trying again: the server may come up; a wrong password or a missing database will not go away. */
        final boolean transientProblem;

        Kind(boolean transientProblem) {
            this.transientProblem = transientProblem;
        }
    }

    /** The first connection problem in {@code failure}'s cause chain, if it has one. */
    static Optional<ConnectionProblem> find(Throwable failure) {
        ConnectionProblem network = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Kind kind = switch (sql.getSQLState()) {
                    case "28P01" -> Kind.PASSWORD;
                    case "28000" -> Kind.USER_REJECTED;
                    case "3D000" -> Kind.NO_DATABASE;
                    case "57P03" -> Kind.STARTING_UP;
                    default -> null;
                };
                if (kind != null) {
                    return Optional.of(new ConnectionProblem(kind, sql.getSQLState(), sql));
                }
                if (sql.getSQLState().startsWith("08") && network == null) {
                    Kind underlying = networkKind(sql);
                    network = new ConnectionProblem(underlying, sql.getSQLState(), sql);
                }
            } else if (network == null && networkKindOf(t) != null) {
                network = new ConnectionProblem(networkKindOf(t), null, t);
            }
        }
        return Optional.ofNullable(network);
    }

    private static Kind networkKind(Throwable sql) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = sql; t != null && seen.add(t); t = t.getCause()) {
            Kind kind = networkKindOf(t);
            if (kind != null) {
                return kind;
            }
        }
        return Kind.OTHER_NETWORK;
    }

    private static Kind networkKindOf(Throwable t) {
        if (t instanceof UnknownHostException) {
            return Kind.UNKNOWN_HOST;
        }
        if (t instanceof NoRouteToHostException) {
            return Kind.NO_ROUTE;
        }
        if (t instanceof ConnectException) {
            return Kind.REFUSED;
        }
        if (t instanceof SocketTimeoutException) {
            return Kind.TIMEOUT;
        }
        return null;
    }

    /** What went wrong, in a few words an operator recognises. */
    String summary(DatabaseTarget target) {
        return switch (kind) {
            case REFUSED -> "connection refused, nothing accepts connections on " + target.hostAndPort();
            case UNKNOWN_HOST -> "the host name '" + target.host() + "' cannot be resolved";
            case TIMEOUT -> "no answer from " + target.hostAndPort() + " within the connect timeout";
            case NO_ROUTE -> "no network route to " + target.hostAndPort();
            case STARTING_UP -> "the server is starting up or shutting down";
            case OTHER_NETWORK -> "the connection attempt failed";
            case PASSWORD -> "password authentication failed for user '" + target.user() + "'";
            case USER_REJECTED -> "the server refused user '" + target.user()
                    + "' (no such role, or pg_hba.conf does not admit it from this host)";
            case NO_DATABASE -> "the database '" + target.database() + "' does not exist";
        };
    }
}
