package de.newsroom.console.base.db;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import de.newsroom.console.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The outage drill behind {@code DatabaseOutageTest} and the benchmark's "outage" row: the console started against a
 * PostgreSQL server that can be stopped and frozen ({@link StoppablePostgres}, as an external database), readers
 * posting comments from several clients (each with an idempotency key), and a phase in which the server is down or
 * hangs. Records every answer with its timing, when readiness went DOWN and UP again, and what was logged meanwhile.
 */
public final class OutageDrill implements AutoCloseable {

    /** Each reader's pause between two comments. */
    static final int PAUSE_MILLIS = 20;

    private final StoppablePostgres pg;
    private final ConfigurableApplicationContext app;
    private final SecurityContextHolderStrategy previousStrategy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String slug;
    private final AtomicInteger sequence = new AtomicInteger();

    private OutageDrill(StoppablePostgres pg, ConfigurableApplicationContext app,
                        SecurityContextHolderStrategy previousStrategy) {
        this.pg = pg;
        this.app = app;
        this.previousStrategy = previousStrategy;
        this.port = ((WebServerApplicationContext) app).getWebServer().getPort();
        this.slug = "ausfall-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc().update("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values ('Ausfalltest', ?, 'Ein Vorspann.', (select id from app_user where username = 'editor'),
                        'PUBLISHED', true, now())""", slug);
    }

    public static OutageDrill start() throws Exception {
        StoppablePostgres pg = new StoppablePostgres();
        pg.start();
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        // Command-line arguments, so that they win over application.properties.
        String[] args = {
                "--spring.datasource.url=" + pg.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--newsroom.comments.rate-limit.enabled=false",
                "--newsroom.comments.listen=true",
                "--newsroom.articles.scheduler-delay=PT1S"};
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test").run(args);
        return new OutageDrill(pg, app, previous);
    }

    public JdbcTemplate jdbc() {
        return app.getBean(JdbcTemplate.class);
    }

    public StoppablePostgres postgres() {
        return pg;
    }

    public DatabaseGuard guard() {
        return app.getBean(DatabaseGuard.class);
    }

    public String slug() {
        return slug;
    }

    /** One answer to a comment POST. */
    public record Answer(String key, String body, long sentNanos, long doneNanos, int status, String retryAfter,
                         String json) {
        public double millis() {
            return (doneNanos - sentNanos) / 1e6;
        }
    }

    public Answer post(String key, String body) {
        String json = "{\"authorName\":\"Leserin\",\"body\":\"" + body + "\"}";
        HttpRequest request = HttpRequest.newBuilder(uri("/api/public/articles/" + slug + "/comments"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(key, body, sent, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (Exception e) {
            return new Answer(key, body, sent, System.nanoTime(), -1, null, e.toString());
        }
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** What one phase (down or hung) measured. Times in nanoseconds of {@link System#nanoTime}. */
    public record Phase(String name, List<Answer> answers, long brokenAt, long fixedAt, long readinessDownAt,
                        long readinessUpAt, List<ILoggingEvent> logs, List<Integer> readerStatuses) {

        /** Answers to POSTs sent while the server was down or frozen. */
        public List<Answer> duringOutage() {
            return answers.stream().filter(a -> a.sentNanos >= brokenAt && a.sentNanos < fixedAt).toList();
        }

        /** Accepted posts sent before the server was broken: the normal latency of the same run. */
        public List<Answer> beforeOutage() {
            return answers.stream().filter(a -> a.sentNanos < brokenAt && a.status == 202).toList();
        }

        public double percentile(double p) {
            return percentile(duringOutage(), p);
        }

        public static double percentile(List<Answer> answers, double p) {
            List<Double> ms = new ArrayList<>(answers.stream().map(Answer::millis).toList());
            Collections.sort(ms);
            return ms.isEmpty() ? Double.NaN : ms.get(Math.min(ms.size() - 1, (int) Math.ceil(p / 100 * ms.size()) - 1));
        }

        public double readinessDownMillis() {
            return readinessDownAt == 0 ? Double.NaN : (readinessDownAt - brokenAt) / 1e6;
        }

        /** From the start of the fix (restart, SIGCONT) to the first 202 of a POST sent after that. */
        public double recoveryMillis() {
            return answers.stream().filter(a -> a.sentNanos >= fixedAt && a.status == 202)
                    .mapToLong(a -> a.doneNanos - fixedAt).min().stream().mapToDouble(n -> n / 1e6)
                    .findFirst().orElse(Double.NaN);
        }

        public double readinessUpMillis() {
            return readinessUpAt == 0 ? Double.NaN : (readinessUpAt - fixedAt) / 1e6;
        }

        /** Log lines written during the phase, counting every line of a stack trace. */
        public int logLines() {
            return logs.stream().mapToInt(e -> 1 + traceLines(e.getThrowableProxy())).sum();
        }

        /** Log events during the phase by level and logger, with the first message of each. */
        public String logDigest() {
            Map<String, List<ILoggingEvent>> byLogger = new java.util.TreeMap<>();
            logs.forEach(e -> byLogger.computeIfAbsent(e.getLevel() + " " + e.getLoggerName()
                    + (e.getThrowableProxy() != null ? " (with stack trace)" : ""), k -> new ArrayList<>()).add(e));
            StringBuilder b = new StringBuilder();
            byLogger.forEach((k, v) -> b.append("\n  ").append(v.size()).append(" x ").append(k).append(": ")
                    .append(v.getFirst().getFormattedMessage(), 0, Math.min(220, v.getFirst().getFormattedMessage().length())));
            return b.toString();
        }

        public long stackTraces() {
            return logs.stream().filter(e -> e.getThrowableProxy() != null).count();
        }

        private static int traceLines(IThrowableProxy t) {
            int lines = 0;
            for (IThrowableProxy c = t; c != null; c = c.getCause()) {
                lines += 1 + c.getStackTraceElementProxyArray().length;
            }
            return lines;
        }

        public String summary() {
            return ("%s: %d POSTs during the outage, 503 p50 %.1f ms / p99 %.1f ms / max %.1f ms; readiness DOWN "
                    + "after %.0f ms, UP %.0f ms after the fix; first 202 %.0f ms after the fix; %d log lines, %d "
                    + "stack traces; reader statuses %s")
                    .formatted(name, duringOutage().size(), percentile(50), percentile(99), percentile(100),
                            readinessDownMillis(), readinessUpMillis(), recoveryMillis(), logLines(), stackTraces(),
                            readerStatuses.stream().distinct().toList());
        }
    }

    /** Something that breaks or fixes the server. */
    public interface Step {
        void run() throws Exception;
    }

    /**
     * {@code clients} readers post comments, {@link #PAUSE_MILLIS} apart; after a second {@code breakIt} runs, {@code outage} later
     * {@code fixIt}; the readers go on until every one of them had a comment accepted again (or 20 s passed) and a
     * second more.
     */
    public Phase run(String name, int clients, Duration outage, Step breakIt, Step fixIt) throws Exception {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.start();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        List<Integer> readerStatuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong brokenAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong fixedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong readinessDown = new AtomicLong();
        AtomicLong readinessUp = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
        try {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        int n = sequence.incrementAndGet();
                        answers.add(post(name + "-" + n + "-" + UUID.randomUUID(), name + " Kommentar " + n));
                        try {
                            Thread.sleep(PAUSE_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            pool.submit(() -> {
                while (!stop.get()) {
                    long sent = System.nanoTime();
                    try {
                        int status = get("/actuator/health/readiness").statusCode();
                        if (status != 200 && sent >= brokenAt.get() && readinessDown.get() == 0) {
                            readinessDown.set(System.nanoTime());
                        }
                        if (status == 200 && sent >= fixedAt.get() && readinessUp.get() == 0) {
                            readinessUp.set(System.nanoTime());
                        }
                        Thread.sleep(20);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            pool.submit(() -> {
                while (!stop.get()) {
                    long sent = System.nanoTime();
                    try {
                        int status = get("/api/public/articles/" + slug).statusCode();
                        if (sent >= brokenAt.get() && sent < fixedAt.get()) {
                            readerStatuses.add(status);
                        }
                        Thread.sleep(100);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            Thread.sleep(3000);
            root.addAppender(appender);
            breakIt.run();
            brokenAt.set(System.nanoTime());
            Thread.sleep(outage.toMillis());
            // PostgreSQL may accept connections before fixIt returns (a restart): the outage ends when fixing starts,
            // and recovery is timed from there (an upper bound, including PostgreSQL's own start).
            fixedAt.set(System.nanoTime());
            fixIt.run();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && (readinessUp.get() == 0 || answers.stream()
                    .noneMatch(a -> a.sentNanos >= fixedAt.get() && a.status == 202))) {
                Thread.sleep(50);
            }
            Thread.sleep(1000);
        } finally {
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            root.detachAppender(appender);
        }
        return new Phase(name, List.copyOf(answers), brokenAt.get(), fixedAt.get(), readinessDown.get(),
                readinessUp.get(), List.copyOf(appender.list), List.copyOf(readerStatuses));
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previousStrategy);
            pg.close();
        }
    }
}
