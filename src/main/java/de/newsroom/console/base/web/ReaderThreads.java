package de.newsroom.console.base.web;

import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.i18n.TranslationProvider;
import de.newsroom.console.base.log.ThrottledLog;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The readers' share of the server's request threads: at most {@code newsroom.reader.max-threads} requests of the reader
 * site (public API including the comment POST, reader page) are inside the server at once, by default half of
 * Tomcat's {@code server.tomcat.threads.max}; one more is answered 503 with {@code Retry-After} at once, before any
 * other work. Found in the mixed-load run: 152 of 200 request threads waited in the comment POST's group commit and
 * 40 for a reader slot of the pool, so the console's own requests queued behind readers for up to 30 s. Runs first,
 * ahead of the comment POST filter (decision 0027).
 */
@Configuration(proxyBeanMethods = false)
public class ReaderThreads {

    private static final Logger log = LoggerFactory.getLogger(ReaderThreads.class);
    private static final ThrottledLog busy = new ThrottledLog(log);

    private static final TranslationProvider TEXTS = new TranslationProvider();

    private final Semaphore permits;
    private final int size;

    ReaderThreads(@Value("${newsroom.reader.max-threads:0}") int maxThreads,
                  @Value("${server.tomcat.threads.max:200}") int serverThreads) {
        this.size = maxThreads > 0 ? maxThreads : Math.max(2, serverThreads / 2);
        this.permits = new Semaphore(size);
    }

    @Bean
    FilterRegistrationBean<Filter> readerThreadShare() {
        Filter filter = (request, response, chain) -> {
            if (!permits.tryAcquire()) {
                busy.warn("reader-threads", "Reader request answered 503: all " + size
                        + " reader threads in use (newsroom.reader.max-threads)");
                refuse((HttpServletRequest) request, (HttpServletResponse) response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                permits.release();
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/api/public/*", "/read/*");
        registration.setName("readerThreadShare");
        return registration;
    }

    /** As when the database is busy: 503, Retry-After, JSON on the API, a line of text on the reader page. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseGuard.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String text = TEXTS.getTranslation("web.reader.busy", request.getLocale());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":503,\"error\":\"unavailable\",\"message\":\""
                    + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(text + "\n");
        }
    }

    /** Threads free for readers now. */
    public int available() {
        return permits.availablePermits();
    }

    public int size() {
        return size;
    }

    /** Takes a reader thread as a request would (false when none is free); give it back with {@link #leave()}. */
    public boolean tryEnter() {
        return permits.tryAcquire();
    }

    public void leave() {
        permits.release();
    }
}
