package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes of the console started at the same moment on one empty PostgreSQL (a separate server process, as in
 * production), repeated on fresh databases: both start, Flyway applies every migration once, and the demo newsroom
 * (or, in production, the first admin) is seeded exactly once and completely, the same as a single node seeds it.
 * The nodes also share the generated comment salt, across a restart too.
 */
class TwoNodeStartTest {

    private static final int ROUNDS = 3;
    private static final SecurityContextHolderStrategy ORIGINAL_STRATEGY =
            SecurityContextHolder.getContextHolderStrategy();
    /**
     * Two nodes in one JVM share Spring Security's static holder, which each Vaadin context sets to its own strategy
     * instance: a node would then sign its startup work in where its method security does not look. One strategy
     * instance for both (Vaadin's bean is conditional on none being there) makes them behave as in separate JVMs.
     */
    private static final SecurityContextHolderStrategy SHARED_STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Starting an application replaces Spring Security's global strategy; later tests need the original back. */
    @AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ORIGINAL_STRATEGY);
    }

    @Test
    void two_nodes_starting_together_seed_the_demo_newsroom_once_and_completely() throws Exception {
        Map<String, Object> reference;
        String referenceDb = freshDatabase();
        try (ConfigurableApplicationContext single = start(demoEnvironment(referenceDb))) {
            reference = fingerprint(referenceDb);
        }
        assertThat(reference.get("users")).as("the demo accounts").isEqualTo(4L);
        assertThat(reference.get("articles")).as("every demo article file").isEqualTo(demoArticleFiles());
        assertThat((Long) reference.get("comments")).as("demo comments").isGreaterThan(30L);

        for (int round = 1; round <= ROUNDS; round++) {
            String db = freshDatabase();
            List<ConfigurableApplicationContext> nodes = startTogether(demoEnvironment(db), demoEnvironment(db));
            try {
                assertThat(nodes).as("round %d: both nodes started", round).hasSize(2)
                        .allMatch(ConfigurableApplicationContext::isActive);
                assertEveryMigrationAppliedOnce(db);
                assertThat(fingerprint(db)).as("round %d: the same demo newsroom as one node seeds", round)
                        .isEqualTo(reference);
                assertThat(strings(db, "select step from seed_state order by step"))
                        .containsExactly("demo-accounts", "demo-content");
                if (round == ROUNDS) {
                    bothNodesHashCommentersAlike(db, nodes);
                }
            } finally {
                nodes.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    @Test
    void two_production_nodes_starting_together_create_the_first_admin_once() throws Exception {
        for (int round = 1; round <= 2; round++) {
            String db = freshDatabase();
            List<ConfigurableApplicationContext> nodes = startTogether(prodEnvironment(db), prodEnvironment(db));
            try {
                assertThat(nodes).as("round %d: both nodes started", round).hasSize(2);
                assertEveryMigrationAppliedOnce(db);
                assertThat(strings(db, "select username from app_user")).containsExactly("chef");
                assertThat(strings(db, "select r.role from user_role r join app_user u on u.id = r.user_id"))
                        .containsExactly("ADMIN");
                assertThat(strings(db, "select step from seed_state")).containsExactly("first-admin");
                assertThat(count(db, "select count(*) from category")).as("no demo content in prod").isZero();
            } finally {
                nodes.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    /**
     * The same comment sent to both nodes is one comment (the duplicate check matches), and a retried idempotency
     * key is replayed by the other node and after a restart instead of storing the comment again.
     */
    private void bothNodesHashCommentersAlike(String db, List<ConfigurableApplicationContext> nodes) throws Exception {
        String slug = strings(db, "select slug from article where status = 'PUBLISHED' and comments_open "
                + "order by id limit 1").getFirst();
        String body = "{\"authorName\":\"Zwei Knoten\",\"body\":\"Derselbe Kommentar an beide Knoten.\"}";
        assertThat(post(nodes.get(0), slug, body, null).statusCode()).isEqualTo(202);
        assertThat(post(nodes.get(1), slug, body, null).statusCode()).as("duplicate across nodes").isEqualTo(409);

        String retried = "{\"authorName\":\"Zwei Knoten\",\"body\":\"Einmal gesendet, dreimal wiederholt.\"}";
        HttpResponse<String> first = post(nodes.get(0), slug, retried, "retry-across-nodes-1");
        HttpResponse<String> second = post(nodes.get(1), slug, retried, "retry-across-nodes-1");
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(commentId(second)).as("replayed by the other node").isEqualTo(commentId(first));

        nodes.get(0).close();
        try (ConfigurableApplicationContext restarted = start(demoEnvironment(db))) {
            HttpResponse<String> third = post(restarted, slug, retried, "retry-across-nodes-1");
            assertThat(third.statusCode()).isEqualTo(202);
            assertThat(commentId(third)).as("replayed after a restart").isEqualTo(commentId(first));
        }
        assertThat(count(db, "select count(*) from comment where author_name = 'Zwei Knoten'")).isEqualTo(2);
        assertThat(count(db, "select count(*) from site_secret where name = 'comments.ip-salt'")).isEqualTo(1);
    }

    private static long commentId(HttpResponse<String> response) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertThat(m.find()).as("receipt with an id: %s", response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext node, String slug, String json,
                                             String idempotencyKey) throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/public/articles/" + slug + "/comments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** What a seed consists of, in numbers and names; equal between a single node and two racing ones. */
    private static Map<String, Object> fingerprint(String db) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("users", count(db, "select count(*) from app_user"));
        f.put("usernames", strings(db, "select username from app_user order by username"));
        f.put("categories", count(db, "select count(*) from category"));
        f.put("articles", count(db, "select count(*) from article"));
        f.put("slugs", strings(db, "select slug from article order by slug"));
        f.put("articles by status", strings(db,
                "select status || ' ' || count(*) from article group by status order by status"));
        f.put("tags", count(db, "select count(*) from tag"));
        f.put("comments", count(db, "select count(*) from comment"));
        f.put("comments by status", strings(db,
                "select status || ' ' || count(*) from comment group by status order by status"));
        f.put("comment bodies", strings(db, "select md5(string_agg(body, '|' order by body)) from comment"));
        return f;
    }

    private static void assertEveryMigrationAppliedOnce(String db) throws SQLException, IOException {
        long files;
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = migrations.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(count(db, "select count(*) from flyway_schema_history where success and version is not null"))
                .isEqualTo(files);
        assertThat(strings(db, "select version from flyway_schema_history where version is not null "
                + "group by version having count(*) > 1")).as("no migration applied twice").isEmpty();
        // Repeatable migrations (function bodies) have no version: each runs once on a fresh database.
        assertThat(strings(db, "select script from flyway_schema_history where version is null "
                + "group by script having count(*) > 1")).as("no repeatable migration applied twice").isEmpty();
    }

    private static long demoArticleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/demo/articles"))) {
            return files.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    /**
     * Starts both nodes from two threads. They pass Spring Boot's logging set-up one after the other (Logback's
     * re-initialisation is not safe for two applications of one JVM at once; separate JVMs do not share it) and are
     * then released together into the context refresh, so Flyway and the seeding of both run at the same moment.
     */
    private static List<ConfigurableApplicationContext> startTogether(Map<String, Object> a, Map<String, Object> b)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (Map<String, Object> env : List.of(a, b)) {
                starts.add(CompletableFuture.supplyAsync(() -> start(env, together), threads));
            }
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            Throwable failure = null;
            for (CompletableFuture<ConfigurableApplicationContext> s : starts) {
                try {
                    started.add(s.get(3, TimeUnit.MINUTES));
                } catch (Exception e) {
                    failure = e;
                }
            }
            if (failure != null) {
                started.forEach(ConfigurableApplicationContext::close);
                throw new AssertionError("a node did not start", failure);
            }
            return started;
        } finally {
            threads.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> env) {
        return start(env, null);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> env, CyclicBarrier together) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        return new SpringApplicationBuilder(Application.class)
                .environment(environment)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy",
                        SHARED_STRATEGY))
                .listeners(new EnterLoggingSetUp(), new LeaveLoggingSetUp(together))
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "logging.level.de.newsroom=info",
                        // The pre-compiled bundle starts faster than dev mode; seeding does not depend on it.
                        "vaadin.productionMode=true")
                .run();
    }

    private static final ReentrantLock LOGGING_SET_UP = new ReentrantLock();

    /** First listener of a start: waits until no other node is setting up logging. */
    private static final class EnterLoggingSetUp implements ApplicationListener<ApplicationStartingEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationStartingEvent event) {
            LOGGING_SET_UP.lock();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Last listener before the refresh: lets the next node set up logging, then waits for it at the barrier. */
    private static final class LeaveLoggingSetUp implements ApplicationListener<SpringApplicationEvent>, Ordered {
        private final CyclicBarrier together;

        LeaveLoggingSetUp(CyclicBarrier together) {
            this.together = together;
        }

        @Override
        public void onApplicationEvent(SpringApplicationEvent event) {
            boolean prepared = event instanceof ApplicationPreparedEvent;
            if ((prepared || event instanceof ApplicationFailedEvent) && LOGGING_SET_UP.isHeldByCurrentThread()) {
                LOGGING_SET_UP.unlock();
            }
            if (prepared && together != null) {
                try {
                    together.await(2, TimeUnit.MINUTES);
                } catch (Exception e) {
                    throw new IllegalStateException("the other node did not get as far", e);
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** The default profile (demo accounts and content) on an external database. */
    private static Map<String, Object> demoEnvironment(String db) {
        Map<String, Object> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl(db));
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "unused");
        env.put("PORT", "0");
        return env;
    }

    private static Map<String, Object> prodEnvironment(String db) {
        Map<String, Object> env = demoEnvironment(db);
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("NEWSROOM_ADMIN_USERNAME", "chef");
        env.put("NEWSROOM_ADMIN_PASSWORD", "Erste-Chefin-2026!");
        env.put("NEWSROOM_COMMENTS_IP_SALT", "salt-for-the-two-node-test");
        env.put("NEWSROOM_SECURE_COOKIE", "false");
        return env;
    }

    private static String freshDatabase() throws SQLException {
        String name = "node_test_" + (++databases);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return name;
    }

    private static String jdbcUrl(String db) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + db + "?connectTimeout=10&socketTimeout=60";
    }

    private static long count(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(db), "postgres", "unused");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl(db), "postgres", "unused");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
