package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The console started against an external PostgreSQL that is not there, refuses the login or starts late: the start
 * fails with one line naming host, port, database, user and cause (never the password), or, with
 * {@code newsroom.db.wait}, waits for the server with one log line per attempt.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTest {

    private static final String PASSWORD = "Right-Db-Secret-2026";
    private static EmbeddedPostgres server;

    /** A server that checks passwords (zonky's initdb trusts everyone) with a role {@code newsroom}. */
    @BeforeAll
    static void startPasswordCheckingServer() throws Exception {
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role newsroom login password '" + PASSWORD + "'");
            s.execute("create database newsroom owner newsroom");
        }
    }

    private static void writeHba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static final SecurityContextHolderStrategy ORIGINAL_STRATEGY = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ORIGINAL_STRATEGY);
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "--spring.datasource.url=" + url;
        args[1] = "--spring.datasource.username=" + user;
        args[2] = "--spring.datasource.password=" + password;
        args[3] = "--server.port=0";
        System.arraycopy(more, 0, args, 4, more.length);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_closed_port_is_reported_in_one_line_with_host_port_database_user_and_the_wait_hint(CapturedOutput output)
            throws IOException {
        int port = freePort();
        String url = "jdbc:postgresql://localhost:" + port + "/newsroom?connectTimeout=5&password=" + PASSWORD;

        assertThatThrownBy(() -> start(url, "newsroom", PASSWORD).close());

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START",
                "Cannot connect to PostgreSQL at localhost:" + port + ", database 'newsroom', user 'newsroom': "
                        + "connection refused, nothing accepts connections on localhost:" + port,
                "set NEWSROOM_DB_WAIT");
        assertThat(output.getAll()).doesNotContain(PASSWORD)
                .as("no pool or Tomcat stack trace before the analysis")
                .doesNotContain("Exception during pool initialization", "Error starting Tomcat context");
    }

    @Test
    void a_wrong_password_is_named_as_such(CapturedOutput output) {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/newsroom";

        assertThatThrownBy(() -> start(url, "newsroom", "Wrong-Db-Secret-2026").close());

        assertThat(output.getOut()).contains("Cannot connect to PostgreSQL at localhost:" + server.getPort()
                        + ", database 'newsroom', user 'newsroom': password authentication failed for user 'newsroom'",
                "[SQLState 28P01]", "SPRING_DATASOURCE_PASSWORD");
        assertThat(output.getAll()).doesNotContain("Wrong-Db-Secret-2026", PASSWORD);
    }

    @Test
    void a_missing_database_is_named_as_such(CapturedOutput output) {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/zeitung";

        assertThatThrownBy(() -> start(url, "newsroom", PASSWORD).close());

        assertThat(output.getOut()).contains("database 'zeitung', user 'newsroom': the database 'zeitung' does not exist",
                "[SQLState 3D000]");
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void with_a_wait_the_console_starts_once_a_late_database_comes_up(CapturedOutput output) throws Exception {
        int port = freePort();
        CompletableFuture<EmbeddedPostgres> late = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(2500);
                return EmbeddedPostgres.builder().setCleanDataDirectory(true).setPort(port).start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (ConfigurableApplicationContext ctx = start("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "", "--newsroom.db.wait=60s")) {
            assertThat(ctx.isActive()).isTrue();
            assertThat(output.getOut())
                    .contains("Database localhost:" + port + "/postgres not reachable (attempt 1, next try in 0.5 s): "
                            + "connection refused",
                            "(attempt 2, next try in 1.0 s)")
                    .containsPattern("Database localhost:" + port + "/postgres reachable after \\d+ attempts");
        } finally {
            late.get(60, TimeUnit.SECONDS).close();
        }
    }
}
