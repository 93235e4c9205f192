package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ArticleSchedulerTest {

    @Autowired
    ArticleEditing editing;

    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleScheduler scheduler;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Zeitplan");
    }

    @Test
    void two_competing_workers_publish_each_due_article_exactly_once() throws Exception {
        Instant at = clock.instant().plus(Duration.ofMinutes(30));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(scheduled("Geplant " + i, at).id());
        }
        Instant now = at.plusSeconds(20);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(pool.submit(() -> {
                start.await();
                return scheduler.publishDue(now);
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : workers) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(total).isGreaterThanOrEqualTo(ids.size());
        for (Long id : ids) {
            ArticleDetails a = as("editor", () -> editing.find(id)).orElseThrow();
            assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(a.publishedLate()).isFalse();
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where action = 'ARTICLE_PUBLISHED' and actor = 'system'
                    and target_type = 'article' and target_id = ?""", Integer.class, String.valueOf(id)))
                    .as("publications of article %d", id).isEqualTo(1);
        }
        // Nothing left to publish: a third run finds none of them.
        scheduler.publishDue(now);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ARTICLE_PUBLISHED' and actor = 'system' and target_id = ?",
                Integer.class, String.valueOf(ids.get(0)))).isEqualTo(1);
    }

    @Test
    void an_article_is_not_published_before_its_time() {
        Instant at = clock.instant().plus(Duration.ofDays(400));
        ArticleDetails a = scheduled("Noch nicht", at);
        scheduler.publishDue(at.minusSeconds(1));
        assertThat(as("editor", () -> editing.find(a.id())).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
        scheduler.publishDue(at);
        assertThat(as("editor", () -> editing.find(a.id())).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void a_schedule_missed_while_the_app_was_down_is_published_late() {
        Instant at = clock.instant().plus(Duration.ofMinutes(10));
        ArticleDetails a = scheduled("Verpasst", at);
        scheduler.publishDue(at.plus(Duration.ofHours(3)));
        ArticleDetails after = as("editor", () -> editing.find(a.id())).orElseThrow();
        assertThat(after.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(after.publishedLate()).isTrue();
        assertThat(after.publishedAt()).isEqualTo(at.plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    private ArticleDetails scheduled(String title, Instant at) {
        ArticleDetails a = as("editor", () -> editing.save(complete(title, category.id())));
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        return as("editor", () -> workflow.schedule(a.id(), review.version(), at));
    }
}
