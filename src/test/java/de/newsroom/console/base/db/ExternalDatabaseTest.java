package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Proves the external-database mode without Docker: a separate PostgreSQL server process is started by hand, and the
 * console is started with the prod profile and exactly the environment variables that docker-compose.yml sets.
 */
class ExternalDatabaseTest {

    private static EmbeddedPostgres server;
    private static String jdbcUrl;

    @BeforeAll
    static void startSeparateServer() throws Exception {
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role newsroom login password 'db-secret-for-test'");
            s.execute("create database newsroom owner newsroom");
        }
        jdbcUrl = "jdbc:postgresql://localhost:" + server.getPort() + "/newsroom?connectTimeout=10&socketTimeout=60";
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** The environment docker-compose.yml gives the console, pointed at the separate server. */
    private static Map<String, Object> composeEnvironment(String adminPassword) {
        Map<String, Object> env = new HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "newsroom");
        env.put("SPRING_DATASOURCE_PASSWORD", "db-secret-for-test");
        env.put("NEWSROOM_DB_WAIT", "60s");
        env.put("NEWSROOM_ADMIN_USERNAME", "chef");
        env.put("NEWSROOM_ADMIN_PASSWORD", adminPassword);
        env.put("NEWSROOM_COMMENTS_IP_SALT", "salt-for-the-external-test");
        env.put("NEWSROOM_SECURE_COOKIE", "false");
        env.put("PORT", "0");
        return env;
    }

    /**
     * Starting a second application in this JVM replaces Spring Security's global context holder strategy, which the
     * shared test context captured at its start; put the original back so later tests still see their logins.
     */
    private static final SecurityContextHolderStrategy ORIGINAL_STRATEGY = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ORIGINAL_STRATEGY);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> env) {
        var environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        return new SpringApplicationBuilder(Application.class)
                .environment(environment)
                .properties("spring.main.banner-mode=off")
                .run();
    }

    @Test
    void the_console_runs_on_the_external_server_with_the_compose_variables() throws Exception {
        try (ConfigurableApplicationContext ctx = start(composeEnvironment("Erste-Chefin-2026!"))) {
            assertThat(ctx.getBeanNamesForType(EmbeddedPostgres.class)).as("no embedded server started").isEmpty();

            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");

            try (Connection c = DriverManager.getConnection(jdbcUrl, "newsroom", "db-secret-for-test");
                 Statement s = c.createStatement()) {
                ResultSet migrations = s.executeQuery("select count(*) from flyway_schema_history where success");
                migrations.next();
                assertThat(migrations.getInt(1)).isGreaterThanOrEqualTo(2);
                ResultSet users = s.executeQuery("select username from app_user order by username");
                List<String> names = new java.util.ArrayList<>();
                while (users.next()) {
                    names.add(users.getString(1));
                }
                assertThat(names).as("only the first admin, no demo accounts").containsExactly("chef");
                ResultSet articles = s.executeQuery("select count(*) from category");
                articles.next();
                assertThat(articles.getInt(1)).as("no demo content in prod").isZero();
            }
        }
    }

    @Test
    void production_refuses_to_start_with_a_published_demo_password() {
        assertThatThrownBy(() -> start(composeEnvironment("Admin-Demo-2026")).close())
                .hasStackTraceContaining("demo password");
    }

    @Test
    void the_test_sets_every_variable_the_compose_file_gives_the_console() throws IOException {
        String compose = Files.readString(Path.of("docker-compose.yml"));
        String consoleSection = compose.substring(compose.indexOf("  console:"));
        String envBlock = consoleSection.substring(consoleSection.indexOf("environment:"),
                consoleSection.indexOf("healthcheck:"));
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("^\\s+([A-Z_]+):", Pattern.MULTILINE).matcher(envBlock);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).isNotEmpty();
        assertThat(composeEnvironment("x").keySet()).containsAll(names);
        assertThat(names).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    }
}
