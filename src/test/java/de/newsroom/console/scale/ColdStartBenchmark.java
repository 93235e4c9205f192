package de.newsroom.console.scale;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.scale.BenchReport.Stats;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cold-start row: wall time from launching {@code java -jar} to the first {@code 200 UP} from
 * {@code /actuator/health}, for the console's production jar (prod profile, the docker-compose environment) and for a
 * bare Spring Boot app with JPA ({@code src/bench/bare-jpa-app}), on the same JVM and the same PostgreSQL server.
 * Starts alternate; one discarded warm-up start each (the console's migrates the schema). Not part of
 * {@code ./mvnw verify}; see docs/features/scale-coldstart.md.
 */
class ColdStartBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ColdStartBenchmark.class);

    private static final Path BARE_APP = Path.of("src/bench/bare-jpa-app");
    private static final Path BARE_JAR = BARE_APP.resolve("target/bare-jpa-app.jar");
    private static final Path OUT = Path.of("target/bench");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final double TARGET = 1.6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    @Test
    void cold_start_of_the_production_jar_against_a_bare_jpa_app() throws Exception {
        int reps = Integer.getInteger("bench.coldstart.reps", 7);
        Path ours = productionJar();
        Path bare = bareJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.createDirectories(OUT.resolve("coldstart"));

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role newsroom login password 'db-secret-for-bench'");
                s.execute("create database newsroom owner newsroom");
                s.execute("create role bare login password 'db-secret-for-bench'");
                s.execute("create database bare owner bare");
            }
            String server = "jdbc:postgresql://localhost:" + pg.getPort() + "/";
            var console = new App("ours", java, ours, Map.of(
                    "SPRING_PROFILES_ACTIVE", "prod",
                    "SPRING_DATASOURCE_URL", server + "newsroom?connectTimeout=10&socketTimeout=60",
                    "SPRING_DATASOURCE_USERNAME", "newsroom",
                    "SPRING_DATASOURCE_PASSWORD", "db-secret-for-bench",
                    "NEWSROOM_ADMIN_USERNAME", "chef",
                    "NEWSROOM_ADMIN_PASSWORD", "Kaltstart-Chefin-2026!",
                    "NEWSROOM_COMMENTS_IP_SALT", "salt-for-the-cold-start-benchmark",
                    "NEWSROOM_SECURE_COOKIE", "false"));
            var baseline = new App("baseline", java, bare, Map.of(
                    "SPRING_DATASOURCE_URL", server + "bare?connectTimeout=10&socketTimeout=60",
                    "SPRING_DATASOURCE_USERNAME", "bare",
                    "SPRING_DATASOURCE_PASSWORD", "db-secret-for-bench"));

            log.info("Cold start: warm-up (console migrates its schema, baseline creates its table)");
            long warmOurs = startAndStop(console, "warmup");
            long warmBase = startAndStop(baseline, "warmup");
            log.info("Warm-up: ours {} ms, baseline {} ms", warmOurs / 1_000_000, warmBase / 1_000_000);

            long[] oursNanos = new long[reps];
            long[] baseNanos = new long[reps];
            for (int i = 0; i < reps; i++) {
                // ABBA order, so neither app always runs right after the other's shutdown.
                if (i % 2 == 0) {
                    oursNanos[i] = startAndStop(console, String.valueOf(i + 1));
                    baseNanos[i] = startAndStop(baseline, String.valueOf(i + 1));
                } else {
                    baseNanos[i] = startAndStop(baseline, String.valueOf(i + 1));
                    oursNanos[i] = startAndStop(console, String.valueOf(i + 1));
                }
                log.info("Cold start {}: ours {} ms, baseline {} ms", i + 1, oursNanos[i] / 1_000_000,
                        baseNanos[i] / 1_000_000);
            }
            Stats o = Stats.ofNanos(oursNanos);
            Stats b = Stats.ofNanos(baseNanos);
            BenchReport.addLatency("Cold start to /actuator/health UP: production jar vs bare Spring Boot + JPA", o, b,
                    "<= " + TARGET + "x", o.p50() <= TARGET * b.p50());
            BenchReport.write();
            assertThat(o.n()).isEqualTo(reps);
        }
    }

    private record App(String name, Path java, Path jar, Map<String, String> env) {
    }

    /** Nanoseconds from launching the process to the first 200 UP from /actuator/health; the process is stopped after. */
    private long startAndStop(App app, String run) throws Exception {
        int port = freePort();
        Path logFile = OUT.resolve("coldstart-" + app.name() + "-" + run + ".log");
        var pb = new ProcessBuilder(app.java().toString(), "-jar", app.jar().toAbsolutePath().toString())
                .directory(OUT.resolve("coldstart").toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("NEWSROOM_")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().putAll(app.env());
        pb.environment().put("PORT", String.valueOf(port));
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();

        long start = System.nanoTime();
        Process process = pb.start();
        try {
            while (true) {
                long elapsed = System.nanoTime() - start;
                if (isUp(health)) {
                    return elapsed;
                }
                if (!process.isAlive()) {
                    throw new AssertionError(app.name() + " exited with " + process.exitValue() + " before it was "
                            + "healthy; see " + logFile.toAbsolutePath() + ":\n" + tail(logFile));
                }
                if (elapsed > START_LIMIT.toNanos()) {
                    throw new AssertionError(app.name() + " not healthy after " + START_LIMIT + "; see "
                            + logFile.toAbsolutePath() + ":\n" + tail(logFile));
                }
                Thread.sleep(20);
            }
        } finally {
            stop(process);
        }
    }

    private boolean isUp(HttpRequest health) {
        try {
            HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM (a graceful Spring shutdown), then SIGKILL after 30 s. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The jar of {@code ./mvnw -Pproduction package}; a plain package jar cannot start without vaadin-dev-server. */
    private static Path productionJar() throws IOException {
        String build = "build it first: ./mvnw -B -Pproduction package -DskipTests";
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jars = files.filter(p -> p.getFileName().toString().matches("newsroom-console-.*\\.jar")).toList();
        } catch (IOException e) {
            jars = List.of();
        }
        assertThat(jars).as("the console's production jar in target/ (" + build + ")").hasSize(1);
        Path jar = jars.getFirst();
        try (var zip = new JarFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String text = info == null ? "" : new String(zip.getInputStream(info).readAllBytes());
            assertThat(text.replace(" ", "")).as(jar + " is not a production build; " + build)
                    .contains("\"productionMode\":true");
        }
        return jar;
    }

    /** The baseline's fat jar, built with the repo's Maven wrapper when missing. */
    private static Path bareJar() throws IOException, InterruptedException {
        if (!Files.exists(BARE_JAR)) {
            List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-q", "-f",
                    BARE_APP.resolve("pom.xml").toString(), "package"));
            if (Boolean.getBoolean("bench.offline")) {
                command.add(1, "-o");
            }
            log.info("Building the baseline: {}", String.join(" ", command));
            Files.createDirectories(OUT);
            Path buildLog = OUT.resolve("coldstart-baseline-build.log");
            var pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(buildLog.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            int exit = pb.start().waitFor();
            assertThat(exit).as("building the baseline failed; see " + buildLog.toAbsolutePath() + ":\n"
                    + tail(buildLog) + "\nbuild it by hand: ./mvnw -B -f src/bench/bare-jpa-app/pom.xml package")
                    .isZero();
        }
        assertThat(BARE_JAR).exists();
        return BARE_JAR;
    }

}
