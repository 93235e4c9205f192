package de.newsroom.console.scale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The server's side of a browser-measured interaction: a servlet filter ahead of everything else (Spring Security,
 * Vaadin) that records, per benchmark browser context, when each dynamic request (UIDL round trip, page, login POST)
 * started and ended on the server, in epoch microseconds, the clock the browser's {@code performance.timeOrigin}
 * uses too. The browser names its context in the {@code X-Bench-User} header; requests without it (the public API
 * load) pass untouched. Static files and the long-lived push connection are not timed.
 */
final class ServerTimings implements Filter {

    static final String HEADER = "X-Bench-User";

    /** One request as the server saw it. */
    record Call(String path, long startMicros, long endMicros) {
        double millis() {
            return (endMicros - startMicros) / 1000.0;
        }
    }

    /** The server's share of one interaction: time inside the filter, requests counted. */
    record Share(double millis, int requests, String paths) {
    }

    private static final Map<String, ConcurrentLinkedDeque<Call>> CALLS = new ConcurrentHashMap<>();

    static long nowMicros() {
        Instant now = Instant.now();
        return ChronoUnit.MICROS.between(Instant.EPOCH, now);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        String user = http.getHeader(HEADER);
        if (user == null || !timed(http)) {
            chain.doFilter(request, response);
            return;
        }
        long start = nowMicros();
        try {
            chain.doFilter(request, response);
        } finally {
            long end = nowMicros();
            var calls = CALLS.computeIfAbsent(user, u -> new ConcurrentLinkedDeque<>());
            calls.add(new Call(http.getRequestURI() + (http.getQueryString() == null ? "" : "?"
                    + http.getQueryString()), start, end));
            // Only the last minute matters for matching; older entries would only grow the heap being measured.
            while (!calls.isEmpty() && calls.peekFirst().endMicros() < end - 60_000_000L) {
                calls.pollFirst();
            }
        }
    }

    private static boolean timed(HttpServletRequest http) {
        String path = http.getRequestURI();
        String query = http.getQueryString() == null ? "" : http.getQueryString();
        if (query.contains("v-r=push") || path.startsWith("/VAADIN/") || path.startsWith("/styles/")
                || path.startsWith("/icons/") || path.startsWith("/images/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /**
     * The server time of {@code user}'s requests that overlap [from, to] (epoch microseconds, widened by
     * {@code slackMicros} for the two clocks' read-out), clipped to the window.
     */
    static Share share(String user, long fromMicros, long toMicros, long slackMicros) {
        var calls = CALLS.getOrDefault(user, new ConcurrentLinkedDeque<>());
        long from = fromMicros - slackMicros;
        long to = toMicros + slackMicros;
        double millis = 0;
        int n = 0;
        var paths = new StringBuilder();
        for (Call c : calls) {
            if (c.endMicros() >= from && c.startMicros() <= to) {
                millis += (Math.min(c.endMicros(), to) - Math.max(c.startMicros(), from)) / 1000.0;
                n++;
                if (paths.length() < 200) {
                    paths.append(c.path().replaceAll("v-uiId=\\d+&?", "")).append(' ');
                }
            }
        }
        return new Share(millis, n, paths.toString().strip());
    }

    static void clear() {
        CALLS.clear();
    }
}
