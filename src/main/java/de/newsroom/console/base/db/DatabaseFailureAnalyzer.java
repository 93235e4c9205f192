package de.newsroom.console.base.db;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns a start that failed because PostgreSQL could not be reached or refused the login into one line naming host,
 * port, database, user and the cause, instead of a page of Hikari and Flyway stack trace. Registered in
 * {@code META-INF/spring.factories}; never prints the password.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return ConnectionProblem.find(failure).map(problem -> analysis(problem, failure)).orElse(null);
    }

    private FailureAnalysis analysis(ConnectionProblem problem, Throwable failure) {
        String url = environment.getProperty("spring.datasource.url");
        String password = environment.getProperty("spring.datasource.password");
        boolean embedded = !StringUtils.hasText(url);
        DatabaseTarget target = embedded
                ? new DatabaseTarget("localhost", environment.getProperty("newsroom.embedded-db.port", Integer.class,
                        54329), "postgres", "postgres")
                : DatabaseTarget.parse(url, environment.getProperty("spring.datasource.username"));
        String serverSaid = DatabaseTarget.redact(problem.cause().getMessage(), password);
        String description = "Cannot connect to " + (embedded ? "the embedded PostgreSQL" : "PostgreSQL") + " at "
                + target.hostAndPort() + ", database '" + target.database() + "', user '" + target.user() + "': "
                + problem.summary(target)
                + (problem.sqlState() == null ? "" : " [SQLState " + problem.sqlState() + "]")
                + (serverSaid.isEmpty() ? "" : " (" + serverSaid + ")");
        return new FailureAnalysis(description, action(problem, embedded), failure);
    }

    private static String action(ConnectionProblem problem, boolean embedded) {
        if (embedded) {
            return "Check that nothing else uses NEWSROOM_EMBEDDED_DB_PORT and that ./data/pg belongs to this "
                    + "user, or point SPRING_DATASOURCE_URL at an external server.";
        }
        String check = switch (problem.kind()) {
            case PASSWORD -> "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD against the role "
                    + "on the server (ALTER ROLE ... PASSWORD ...).";
            case USER_REJECTED -> "Check that the role exists and may log in, and that pg_hba.conf has a line "
                    + "for this database, user and client address.";
            case NO_DATABASE -> "Check the database name in SPRING_DATASOURCE_URL, or create it "
                    + "(CREATE DATABASE ... OWNER ...).";
            case UNKNOWN_HOST -> "Check the host name in SPRING_DATASOURCE_URL and the DNS of this machine or "
                    + "container network.";
            default -> "Check that PostgreSQL is running, listens on that host and port (listen_addresses, "
                    + "port) and that no firewall is in the way; the address comes from SPRING_DATASOURCE_URL.";
        };
        return check + (problem.kind().transientProblem
                ? " If the database may start after the console (docker compose, orchestrators), set "
                        + "NEWSROOM_DB_WAIT (e.g. 60s) to retry with backoff before giving up."
                : " NEWSROOM_DB_WAIT does not help here: the server answered and refused.");
    }

    @Override
    public int getOrder() {
        // Before Boot's generic analyzers, so a bean-creation failure caused by the database is named as such.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
