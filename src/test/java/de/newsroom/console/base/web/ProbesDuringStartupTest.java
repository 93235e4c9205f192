package de.newsroom.console.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Liveness and readiness over HTTP while the console is still starting: a lifecycle bean that starts after Tomcat and
 * a runner after the seeding runners are held by the test. Liveness must answer 200 from the moment the port is open,
 * readiness 503 until every runner has finished.
 */
class ProbesDuringStartupTest {

    static final CountDownLatch lifecycleEntered = new CountDownLatch(1);
    static final CountDownLatch releaseLifecycle = new CountDownLatch(1);
    static final CountDownLatch runnerEntered = new CountDownLatch(1);
    static final CountDownLatch releaseRunner = new CountDownLatch(1);

    private static final SecurityContextHolderStrategy ORIGINAL_STRATEGY = SecurityContextHolder.getContextHolderStrategy();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile int port;

    @AfterEach
    void restoreSecurityContextStrategy() {
        releaseLifecycle.countDown();
        releaseRunner.countDown();
        SecurityContextHolder.setContextHolderStrategy(ORIGINAL_STRATEGY);
    }

    @Test
    void liveness_is_up_once_the_port_is_open_and_readiness_only_after_the_runners() throws Exception {
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(Application.class, SlowLifecycle.class, SlowRunner.class)
                        .profiles("test")
                        .listeners(event -> {
                            if (event instanceof WebServerInitializedEvent initialized) {
                                port = initialized.getWebServer().getPort();
                            }
                        })
                        .run("--server.port=0"));
        try {
            assertThat(lifecycleEntered.await(180, TimeUnit.SECONDS)).as("start reached the lifecycle beans").isTrue();
            assertThat(port).isPositive();
            assertThat(status("/actuator/health/liveness")).as("liveness while lifecycle beans start").isEqualTo(200);
            assertThat(status("/actuator/health/readiness")).isEqualTo(503);

            releaseLifecycle.countDown();
            assertThat(runnerEntered.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(status("/actuator/health/liveness")).as("liveness while runners run").isEqualTo(200);
            assertThat(status("/actuator/health/readiness")).as("readiness while runners run").isEqualTo(503);

            releaseRunner.countDown();
            try (ConfigurableApplicationContext ctx = starting.get(60, TimeUnit.SECONDS)) {
                assertThat(status("/actuator/health/liveness")).isEqualTo(200);
                assertThat(status("/actuator/health/readiness")).isEqualTo(200);
                assertThat(ctx.isActive()).isTrue();
            }
        } finally {
            releaseLifecycle.countDown();
            releaseRunner.countDown();
        }
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Starts after Tomcat (default phase), like the comment LISTEN connection, and waits for the test. */
    static class SlowLifecycle implements SmartLifecycle {
        private volatile boolean running;

        @Override
        public void start() {
            lifecycleEntered.countDown();
            await(releaseLifecycle);
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }

    /** Runs after the seeding runners and waits for the test. */
    static class SlowRunner implements ApplicationRunner, Ordered {
        @Override
        public void run(ApplicationArguments args) {
            runnerEntered.countDown();
            await(releaseRunner);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
