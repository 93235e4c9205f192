package de.newsroom.console.comment.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.rules.CommentFlagger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Comments stored several per statement answer exactly as if each had been stored alone. */
@IntegrationTest
class CommentStoreTest {

    @Autowired
    CommentStore store;

    @Autowired
    CommentIntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    private static CommentStore.Item item(String slug, String client, String body, Long parentId, String status,
                                          List<String> flags) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new CommentStore.Item(slug, client, now.minus(1, ChronoUnit.HOURS), parentId, "Leserin", null, body,
                status, null, null, flags, now, null, null, null, false);
    }

    @Test
    void one_statement_for_several_comments_gives_each_its_own_answer_in_order() {
        Article open = CommentTestData.publishedArticle(jdbc);
        Article closed = CommentTestData.article(jdbc, "PUBLISHED", false);
        long pending = CommentTestData.comment(jdbc, open.id(), "PENDING", "Jemand", "Noch nicht freigegeben");
        String client = "batch-" + open.slug();

        List<CommentStore.Outcome> outcomes = store.storeMany(List.of(
                item(open.slug(), client, "Erster Kommentar", null, "PENDING", List.of("links: 3 links (more than 2)")),
                item(closed.slug(), client, "Zu spät", null, "PENDING", List.of()),
                item(open.slug(), client, "Erster Kommentar", null, "PENDING", List.of()),
                item(open.slug(), client + "-2", "Antwort", pending, "PENDING", List.of()),
                item(open.slug(), client + "-3", "Mit zwei Flaggen", null, "PENDING",
                        List.of("blocked-word: idiot (in 'Vollidiot')", "links: 4 links (more than 2)"))));

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(0).found()).isTrue();
        assertThat(outcomes.get(0).id()).isNotNull();
        assertThat(outcomes.get(1)).as("comments closed").isEqualTo(CommentStore.Outcome.NOT_FOUND);
        assertThat(outcomes.get(2).duplicate()).as("the same body from the same client, one statement later").isTrue();
        assertThat(outcomes.get(2).id()).isNull();
        assertThat(outcomes.get(3).replyOk()).as("a reply to a pending comment").isFalse();
        assertThat(outcomes.get(3).id()).isNull();
        assertThat(outcomes.get(4).id()).isNotNull().isNotEqualTo(outcomes.get(0).id());

        assertThat(flags(outcomes.get(0).id())).containsExactly("links: 3 links (more than 2)",
                CommentFlagger.FIRST_COMMENT_FLAG);
        assertThat(flags(outcomes.get(4).id())).containsExactly("blocked-word: idiot (in 'Vollidiot')",
                "links: 4 links (more than 2)", CommentFlagger.FIRST_COMMENT_FLAG);
        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ?", Integer.class, open.id()))
                .isEqualTo(3);
    }

    @Test
    void the_batch_and_the_single_statement_store_the_same_row() {
        Article article = CommentTestData.publishedArticle(jdbc);
        Instant at = Instant.parse("2026-11-27T10:15:30.123456Z");
        // Senders no other test uses: both comments must be their sender's first.
        String a = "same-a-" + article.slug();
        String b = "same-b-" + article.slug();
        var alone = new CommentStore.Item(article.slug(), a, at.minusSeconds(3600), null, "Ä Ö Ü ß",
                a + "@example.org", "Straße 🙂", "REJECTED", "SPAM", "blocked author (automatic)",
                List.of("blocked-author: client is on the block list"), at, at, null, "BLOCKED_AUTHOR", false);
        var together = new CommentStore.Item(article.slug(), b, at.minusSeconds(3600), null, "Ä Ö Ü ß",
                b + "@example.org", "Straße 🙂", "REJECTED", "SPAM", "blocked author (automatic)",
                List.of("blocked-author: client is on the block list"), at, at, null, "BLOCKED_AUTHOR", false);

        long first = store.storeNow(alone).id();
        long second = store.storeMany(List.of(together, item(article.slug(), "same-c-" + article.slug(), "x", null, "PENDING", List.of())))
                .getFirst().id();

        String row = """
                select author_name, body, status, reject_reason, reject_note, flags::text, created_at::text,
                       decided_at::text
                from comment where id = ?""";
        assertThat(jdbc.queryForList(row, second)).isEqualTo(jdbc.queryForList(row, first));
    }

    @Test
    void a_comment_that_cannot_be_stored_fails_alone() {
        Article article = CommentTestData.publishedArticle(jdbc);
        List<CommentStore.Result> results = store.storeTogether(List.of(
                item(article.slug(), "alone-1-" + article.slug(), "Gut", null, "PENDING", List.of()),
                item(article.slug(), "alone-2-" + article.slug(), "Ungültiger Status", null, "BOGUS", List.of()),
                item(article.slug(), "alone-3-" + article.slug(), "Auch gut", null, "PENDING", List.of())));

        assertThat(results.get(0).outcome().id()).isNotNull();
        assertThat(results.get(1).failure()).isNotNull();
        assertThat(results.get(1).outcome()).isNull();
        assertThat(results.get(2).outcome().id()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ?", Integer.class,
                article.id())).isEqualTo(2);
    }

    @Test
    void forty_readers_posting_at_once_each_get_their_comment_stored_once() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        int readers = 40;
        CyclicBarrier start = new CyclicBarrier(readers);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                int n = i;
                Callable<Long> post = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    // Readers 0 and 1 share a client and a body: exactly one of them is a duplicate.
                    String client = n < 2 ? "twin-" + article.slug() : "reader-" + n + "-" + article.slug();
                    String body = n < 2 ? "Derselbe Text" : "Kommentar " + n;
                    try {
                        return intake.submit(article.slug(), new CommentSubmission("Leser " + n, null, body, null,
                                null), client, null, Locale.GERMAN).id();
                    } catch (CommentRejectedException e) {
                        assertThat(e.kind()).isEqualTo(CommentRejectedException.Kind.DUPLICATE);
                        return -1L;
                    }
                };
                ids.add(pool.submit(post));
            }
            List<Long> answered = new ArrayList<>();
            for (Future<Long> id : ids) {
                answered.add(id.get(60, TimeUnit.SECONDS));
            }
            assertThat(answered.stream().filter(id -> id == -1L)).hasSize(1);
            List<Long> stored = jdbc.queryForList("select id from comment where article_id = ? order by id", Long.class,
                    article.id());
            assertThat(stored).hasSize(readers - 1)
                    .containsExactlyInAnyOrderElementsOf(answered.stream().filter(id -> id != -1L).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> flags(long id) {
        return Arrays.asList((String[]) jdbc.queryForObject("select flags from comment where id = ?",
                (rs, i) -> rs.getArray(1).getArray(), id));
    }
}
