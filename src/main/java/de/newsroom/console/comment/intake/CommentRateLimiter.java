package de.newsroom.console.comment.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client hash and per article for the public intake. The buckets live in bounded caches, so a flood
 * of new addresses costs memory only up to the bound, and a bucket left alone long enough to be full again is dropped
 * (an evicted or dropped client simply starts with a full bucket, which is what it would have had).
 */
@Component
class CommentRateLimiter {

    static final int MAX_BUCKETS = 100_000;

    private final CommentProperties.RateLimit settings;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> articles;
    private final Cache<String, Bucket> reporters;

    @Autowired
    CommentRateLimiter(CommentProperties properties) {
        this(properties.rateLimit(), MAX_BUCKETS);
    }

    CommentRateLimiter(CommentProperties.RateLimit settings, int maxBuckets) {
        this.settings = settings;
        this.clients = cache(maxBuckets, settings.burst(), settings.perMinute());
        this.articles = cache(maxBuckets, settings.articleBurst(), settings.articlePerMinute());
        this.reporters = cache(maxBuckets, settings.reportBurst(), settings.reportPerMinute());
    }

    /** Takes one token for the client; returns 0 if granted, else the seconds to wait (at least 1). */
    long tryClient(String clientHash) {
        return settings.enabled() ? take(clients, clientHash,
                () -> bucket(settings.burst(), settings.perMinute())) : 0;
    }

    /** Takes one token of the article's ceiling; returns 0 if granted, else the seconds to wait (at least 1). */
    long tryArticle(String slug) {
        return settings.enabled() ? take(articles, slug,
                () -> bucket(settings.articleBurst(), settings.articlePerMinute())) : 0;
    }

    /** Takes one token of the client's report allowance (apart from its comments); 0 or the seconds to wait. */
    long tryReport(String clientHash) {
        return settings.enabled() ? take(reporters, clientHash,
                () -> bucket(settings.reportBurst(), settings.reportPerMinute())) : 0;
    }

    /** How many client buckets are held, after pending evictions ran. */
    long clientBuckets() {
        clients.cleanUp();
        return clients.estimatedSize();
    }

    private static long take(Cache<String, Bucket> buckets, String key, Supplier<Bucket> factory) {
        ConsumptionProbe probe = buckets.get(key, k -> factory.get()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    private static Bucket bucket(int burst, int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    /** Bounded, and idle entries go once an empty bucket would have refilled completely. */
    private static Cache<String, Bucket> cache(int maxBuckets, int burst, int perMinute) {
        long refillMillis = (long) Math.ceil(Math.max(1, burst) * 60_000.0 / Math.max(1, perMinute));
        return Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(Duration.ofMillis(refillMillis))
                .build();
    }
}
