package de.newsroom.console.comment.intake;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client hash and per article for the public intake. The maps are bounded LRU maps, so a flood of
 * new addresses costs memory only up to the bound (an evicted client simply starts with a full bucket).
 */
@Component
class CommentRateLimiter {

    private static final int MAX_BUCKETS = 100_000;

    private final CommentProperties.RateLimit settings;
    private final Map<String, Bucket> clients = lru();
    private final Map<String, Bucket> articles = lru();
    private final Map<String, Bucket> reporters = lru();

    CommentRateLimiter(CommentProperties properties) {
        this.settings = properties.rateLimit();
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

    private static long take(Map<String, Bucket> buckets, String key, Supplier<Bucket> factory) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> factory.get());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
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

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_BUCKETS;
            }
        };
    }
}
