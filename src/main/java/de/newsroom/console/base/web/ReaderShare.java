package de.newsroom.console.base.web;

import de.newsroom.console.base.log.ThrottledLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The readers' share of the connection pool: at most {@code newsroom.reader.max-concurrent} reader requests (public
 * API and reader page, answered by Spring MVC) work at once; one that finds the share full waits
 * {@code newsroom.reader.queue-wait} at most and is then answered 503 with {@code Retry-After} by the feature's own
 * error handling, as when the pool itself is busy. So a flood of readers cannot take every pooled connection and lock
 * the newsroom out of its console. The comment POST is answered before Spring MVC and bounded by its own writers
 * ({@code comment.intake.CommentStore}). Default: half the pool.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderShare implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReaderShare.class);
    private static final ThrottledLog busy = new ThrottledLog(log);
    private static final String HELD = ReaderShare.class.getName() + ".held";

    private final Semaphore permits;
    private final int size;
    private final long waitNanos;

    ReaderShare(@Value("${newsroom.reader.max-concurrent:0}") int maxConcurrent,
                @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                @Value("${newsroom.reader.queue-wait:250ms}") Duration queueWait) {
        this.size = maxConcurrent > 0 ? maxConcurrent : Math.max(2, poolSize / 2);
        this.permits = new Semaphore(size);
        this.waitNanos = queueWait.toNanos();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws InterruptedException {
                if (request.getAttribute(HELD) != null) {
                    return true; // an error dispatch of a request that holds its permit already
                }
                enter();
                request.setAttribute(HELD, Boolean.TRUE);
                return true;
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception ex) {
                if (request.getAttribute(HELD) != null) {
                    request.removeAttribute(HELD);
                    leave();
                }
            }
        }).addPathPatterns("/api/public/**", "/read/**");
    }

    /**
     * What a reader who found the share full is answered with: the same transient "connection not available" a busy
     * pool gives (503 with Retry-After from the feature's handler), which does not count as a database outage.
     */
    static RuntimeException full(int size) {
        return new CannotCreateTransactionException("No reader slot free",
                new SQLTransientConnectionException("Connection is not available: all " + size
                        + " reader slots in use"));
    }

    /**
     * Takes a reader slot, waiting {@code newsroom.reader.queue-wait} at most; throws the transient "no connection
     * available" error when none came free. Every successful call must be followed by one {@link #leave()}.
     */
    public void enter() throws InterruptedException {
        if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            busy.warn("reader-share", "Reader request answered 503: all " + size
                    + " reader slots in use (newsroom.reader.max-concurrent)");
            throw full(size);
        }
    }

    public void leave() {
        permits.release();
    }

    /** Slots free now. */
    public int available() {
        return permits.availablePermits();
    }

    public int size() {
        return size;
    }
}
