package de.newsroom.console.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The readers' side of the mixed load: comment POSTs and article GETs on the public API at fixed rates, sent open-loop
 * through the JDK's {@link HttpClient} (a request leaves on schedule whether or not earlier ones have been answered,
 * as readers do not wait for each other). Counts answers, failures (anything but 202 / 200, or no answer, named by
 * the status or the exception's cause) and latencies. At most {@link #MAX_IN_FLIGHT} requests are on their way at
 * once: the JDK client opens a connection for every request that finds none idle, so an open loop against a server
 * that falls behind would otherwise pile up thousands of connections and time them all out (the first full mixed
 * run: 478,874 of them, 0 answered); a request that finds the limit reached is not sent and counted as
 * "client limit".
 */
final class ReaderLoad implements AutoCloseable {

    private static final int TICKS_PER_SECOND = 50;
    static final int MAX_IN_FLIGHT = 256;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final String base;
    private final List<String> postSlugs;
    private final List<String> getSlugs;
    private final AtomicLong seq = new AtomicLong();
    private final java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);
    final AtomicLong posted = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final ConcurrentHashMap<String, AtomicLong> failures = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> postNanos = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> getNanos = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    ReaderLoad(int port, List<String> postSlugs, List<String> getSlugs) {
        this.base = "http://localhost:" + port;
        this.postSlugs = postSlugs;
        this.getSlugs = getSlugs;
    }

    /** Starts sending {@code postsPerSecond} comment POSTs and {@code getsPerSecond} article GETs. */
    void start(int postsPerSecond, int getsPerSecond) {
        long[] tick = {0};
        ticker.scheduleAtFixedRate(() -> {
            long t = tick[0]++;
            // Spread each second's requests evenly over its ticks, whatever the rates.
            long posts = postsPerSecond * (t + 1) / TICKS_PER_SECOND - postsPerSecond * t / TICKS_PER_SECOND;
            long gets = getsPerSecond * (t + 1) / TICKS_PER_SECOND - getsPerSecond * t / TICKS_PER_SECOND;
            for (int i = 0; i < posts; i++) {
                post(postSlugs.get((int) (seq.get() % postSlugs.size())), "Last " + seq.incrementAndGet(), null);
            }
            for (int i = 0; i < gets; i++) {
                get(getSlugs.get((int) ((seq.get() * 7 + i) % getSlugs.size())));
            }
        }, 0, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);
    }

    /** Measured from here on. */
    void record(boolean on) {
        recording = on;
    }

    /** One comment; {@code text} replaces the generated body (the queue's canary). */
    java.util.concurrent.CompletableFuture<Integer> post(String slug, String author, String text) {
        long n = seq.get();
        String body = text != null ? text : "Lasttest Kommentar Nummer " + n + ", geschrieben von einem Leser.";
        String json = "{\"authorName\":\"" + author + "\",\"body\":\"" + body + "\"}";
        var request = HttpRequest.newBuilder(URI.create(base + "/api/public/articles/" + slug + "/comments"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        if (!inFlight.tryAcquire()) {
            count(-1, 202, 0, postNanos, posted, null);
            return java.util.concurrent.CompletableFuture.completedFuture(-1);
        }
        long t = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
            inFlight.release();
            count(r == null ? -1 : r.statusCode(), 202, System.nanoTime() - t, postNanos, posted, e);
            return r == null ? -1 : r.statusCode();
        });
    }

    private void get(String slug) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/public/articles/" + slug))
                .timeout(Duration.ofSeconds(10)).GET().build();
        if (!inFlight.tryAcquire()) {
            count(-1, 200, 0, getNanos, read, null);
            return;
        }
        long t = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
            inFlight.release();
            count(r == null ? -1 : r.statusCode(), 200, System.nanoTime() - t, getNanos, read, e);
            return null;
        });
    }

    private void count(int status, int expected, long nanos, ConcurrentLinkedQueue<Long> latencies, AtomicLong ok,
                       Throwable e) {
        if (!recording) {
            return;
        }
        if (status == expected) {
            ok.incrementAndGet();
            latencies.add(nanos);
        } else {
            failed.incrementAndGet();
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                    ? e.getCause() : e;
            String kind = cause != null ? cause.getClass().getSimpleName()
                    : status == -1 ? "client limit (" + MAX_IN_FLIGHT + " in flight)" : "HTTP " + status;
            failures.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }
    }

    static double percentileMs(ConcurrentLinkedQueue<Long> nanos, double q) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[Math.min(v.length - 1, (int) Math.ceil(v.length * q) - 1)] / 1e6;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }
}
