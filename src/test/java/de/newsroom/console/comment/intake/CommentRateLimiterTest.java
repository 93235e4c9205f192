package de.newsroom.console.comment.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentRateLimiterTest {

    private static CommentProperties.RateLimit limits(boolean enabled) {
        return new CommentProperties.RateLimit(enabled, 5, 5, 30, 30, 10, 10);
    }

    @Test
    void a_client_gets_its_burst_and_then_the_seconds_to_wait() {
        var limiter = new CommentRateLimiter(limits(true), 1000);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryClient("a")).isZero();
        }
        assertThat(limiter.tryClient("a")).isBetween(1L, 12L);
        assertThat(limiter.tryClient("b")).as("another client has its own bucket").isZero();
    }

    @Test
    void an_article_has_its_own_ceiling_across_clients() {
        var limiter = new CommentRateLimiter(limits(true), 1000);
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryArticle("artikel")).isZero();
        }
        assertThat(limiter.tryArticle("artikel")).isPositive();
        assertThat(limiter.tryArticle("anderer-artikel")).isZero();
    }

    @Test
    void a_flood_of_new_addresses_holds_no_more_buckets_than_the_bound() {
        var limiter = new CommentRateLimiter(limits(true), 100);
        for (int i = 0; i < 5_000; i++) {
            limiter.tryClient("client-" + i);
        }
        assertThat(limiter.clientBuckets()).isLessThanOrEqualTo(100);
    }

    @Test
    void switched_off_nothing_is_limited() {
        var limiter = new CommentRateLimiter(limits(false), 1000);
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryClient("a")).isZero();
            assertThat(limiter.tryArticle("artikel")).isZero();
        }
    }
}
