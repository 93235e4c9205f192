package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.pool.HikariPool;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The analyzer on the exception chains Hikari and Spring build around the driver's exception. */
class DatabaseFailureAnalyzerTest {

    private final MockEnvironment env = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/newsroom?password=Url-Geheim-1")
            .withProperty("spring.datasource.username", "newsroom")
            .withProperty("spring.datasource.password", "Property-Geheim-2");

    private FailureAnalysis analyze(Throwable driverException) {
        Throwable wrapped = new BeanCreationException("flywayInitializer", "init failed",
                new HikariPool.PoolInitializationException(driverException));
        return new DatabaseFailureAnalyzer(env).analyze(wrapped);
    }

    @Test
    void connection_refused_names_the_target_and_suggests_the_wait() {
        FailureAnalysis analysis = analyze(new PSQLException("Connection to db:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused")));

        assertThat(analysis.getDescription()).startsWith("Cannot connect to PostgreSQL at db:5432, database "
                + "'newsroom', user 'newsroom': connection refused, nothing accepts connections on db:5432 "
                + "[SQLState 08001]");
        assertThat(analysis.getDescription()).doesNotContain("\n");
        assertThat(analysis.getAction()).contains("NEWSROOM_DB_WAIT", "SPRING_DATASOURCE_URL");
    }

    @Test
    void wrong_password_says_so_and_that_waiting_does_not_help() {
        FailureAnalysis analysis = analyze(new PSQLException(
                "FATAL: password authentication failed for user \"newsroom\"", PSQLState.INVALID_PASSWORD));

        assertThat(analysis.getDescription())
                .contains("password authentication failed for user 'newsroom'", "[SQLState 28P01]");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD", "does not help");
    }

    @Test
    void unknown_host_and_missing_database_are_recognised() {
        assertThat(analyze(new PSQLException("The connection attempt failed.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new UnknownHostException("db"))).getDescription())
                .contains("the host name 'db' cannot be resolved");
        assertThat(analyze(new SQLException("FATAL: database \"newsroom\" does not exist", "3D000"))
                .getDescription())
                .contains("the database 'newsroom' does not exist", "3D000");
    }

    @Test
    void the_password_never_appears_even_when_the_driver_message_quotes_the_url() {
        FailureAnalysis analysis = analyze(new PSQLException(
                "Connection to jdbc:postgresql://db:5432/newsroom?password=Url-Geheim-1 failed, Property-Geheim-2",
                PSQLState.CONNECTION_FAILURE));

        assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("Url-Geheim-1", "Property-Geheim-2");
    }

    @Test
    void other_failures_are_left_to_other_analyzers() {
        assertThat(new DatabaseFailureAnalyzer(env).analyze(new IllegalStateException("demo password"))).isNull();
        assertThat(new DatabaseFailureAnalyzer(env).analyze(
                new PSQLException("syntax error", PSQLState.SYNTAX_ERROR))).isNull();
    }
}
