package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tab counts come from counters that the triggers of V90's table keep (R__article_status_count.sql) (decision 0020): after every kind of change they must
 * equal a real {@code count(*)} of the article table, also when transactions change statuses at the same time.
 */
@IntegrationTest
class ArticleTabCountsTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleTrash trash;
    @Autowired
    ArticleBulk bulk;
    @Autowired
    ArticleScheduler scheduler;
    @Autowired
    ArticleNextVersions nextVersions;
    @Autowired
    ArticleSearch search;
    @Autowired
    ArticleStatusCounts counters;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Zählung");
    }

    @Test
    void the_counters_equal_a_real_count_after_inserts_moves_bulk_actions_trash_restore_and_deletion() {
        List<ArticleDetails> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mine.add(created("editor", "Meiner " + i));
        }
        List<ArticleDetails> theirs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            theirs.add(created("chefredaktion", "Fremder " + i));
        }
        assertCountersMatch();

        ArticleDetails live = publish(mine.get(0));
        ArticleDetails otherLive = publish(theirs.get(0));
        as("editor", () -> workflow.transition(mine.get(1).id(), mine.get(1).version(), ArticleStatus.IN_REVIEW));
        Instant at = clock.instant().plus(Duration.ofMinutes(30));
        ArticleDetails review = as("editor", () -> workflow.transition(mine.get(2).id(), mine.get(2).version(),
                ArticleStatus.IN_REVIEW));
        as("editor", () -> workflow.schedule(review.id(), review.version(), at));
        assertCountersMatch();
        scheduler.publishDue(at.plusSeconds(20));
        assertThat(status(mine.get(2).id())).isEqualTo(ArticleStatus.PUBLISHED);
        assertCountersMatch();

        as("editor", () -> bulk.archive(Map.of(live.id(), live.version(), otherLive.id(), otherLive.version())));
        as("editor", () -> bulk.moveToTrash(seen(mine.get(3), mine.get(4), theirs.get(1))));
        assertThat(status(theirs.get(1).id())).isEqualTo(ArticleStatus.TRASHED);
        assertCountersMatch();

        ArticleDetails five = mine.get(5);
        as("editor", () -> trash.moveToTrash(five.id(), five.version()));
        ArticleDetails three = current(mine.get(3).id());
        as("editor", () -> trash.restore(three.id(), three.version()));
        ArticleDetails four = current(mine.get(4).id());
        ArticleTestData.asAdmin(() -> {
            trash.deletePermanently(four.id(), four.version());
            return null;
        });
        assertCountersMatch();

        // Set-based SQL too: a change of author and a delete of several rows in one statement each.
        jdbc.update("update article set author_id = (select id from app_user where username = 'chefredaktion') "
                + "where id = ?", mine.get(1).id());
        long x = userId("editor");
        jdbc.update("delete from article where id in (?, ?)", raw(x, "DRAFT"), raw(x, "ARCHIVED"));
        assertCountersMatch();

        counters.fold();
        assertCountersMatch();
        assertThat(jdbc.queryForObject("select count(*) = count(distinct (author_id, status)) from article_status_count",
                Boolean.class)).as("one row per author and status after folding").isTrue();
    }

    @Test
    void an_ordinary_save_appends_no_change_row() {
        ArticleDetails a = created("editor", "Nur gespeichert");
        counters.fold();
        long rows = jdbc.queryForObject("select count(*) from article_status_count", Long.class);

        as("editor", () -> editing.save(ArticleTestData.withLead(a.toDraft(), "Anderer Vorspann")));

        assertThat(jdbc.queryForObject("select count(*) from article_status_count", Long.class)).isEqualTo(rows);
    }

    @Test
    void the_in_review_tab_counts_next_versions_in_review_of_published_articles() {
        ArticleDetails live = publish(created("editor", "Mit neuer Fassung"));
        ArticleTabCounts before = as("editor", () -> search.tabCounts());

        NextVersion draft = as("editor", () -> nextVersions.start(live.id(), live.version()));
        assertThat(as("editor", () -> search.tabCounts()).inReviewTab()).isEqualTo(before.inReviewTab());
        as("editor", () -> nextVersions.move(live.id(), draft.version(), ArticleStatus.IN_REVIEW));
        ArticleTabCounts after = as("editor", () -> search.tabCounts());

        assertThat(after.nextInReview()).isEqualTo(before.nextInReview() + 1);
        assertThat(after.inReviewTab()).isEqualTo(before.inReviewTab() + 1);
        assertThat(after.of(ArticleStatus.IN_REVIEW)).isEqualTo(before.of(ArticleStatus.IN_REVIEW));
        assertThat(after.of(ArticleStatus.PUBLISHED)).isEqualTo(before.of(ArticleStatus.PUBLISHED));
        List<ListedRow> inReview = as("editor", () -> search.list(new ArticleFilter(ArticleStatus.IN_REVIEW,
                category.id(), null, null, null, ArticleSort.UPDATED), 0, 50)).stream()
                .map(r -> new ListedRow(r.id(), r.status(), r.nextInReview())).toList();
        assertThat(inReview).containsExactly(new ListedRow(live.id(), ArticleStatus.PUBLISHED, true));

        // Trashed, the article leaves the review tab although its next version's row is still there.
        ArticleDetails now = current(live.id());
        as("editor", () -> trash.moveToTrash(now.id(), now.version()));
        assertThat(as("editor", () -> search.tabCounts()).nextInReview()).isEqualTo(before.nextInReview());
    }

    /**
     * The review tab's statement orders and cuts each of its two branches on its own (top N per branch, then merged):
     * every page must still be the page of the whole tab, in every order, reversed or not, with both kinds of rows
     * sharing update times, publication times and titles. The reference is the "All" list of the same category,
     * filtered to the rows the tab shows.
     */
    @Test
    void the_review_tab_pages_like_the_whole_list_in_every_order_with_both_kinds_of_rows() {
        List<Long> inReview = new ArrayList<>();
        List<Long> nextInReview = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ArticleDetails a = created("editor", (i % 2 == 0 ? "Hafenkante Hafenkante " : "Hafenkante ") + "Prüfung " + i);
            as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
            inReview.add(a.id());
        }
        for (int i = 0; i < 5; i++) {
            ArticleDetails live = publish(created("editor", (i % 2 == 1 ? "Hafenkante Hafenkante " : "Hafenkante ")
                    + "Fassung " + i));
            NextVersion draft = as("editor", () -> nextVersions.start(live.id(), live.version()));
            as("editor", () -> nextVersions.move(live.id(), draft.version(), ArticleStatus.IN_REVIEW));
            nextInReview.add(live.id());
        }
        publish(created("editor", "Hafenkante ohne Fassung"));
        created("editor", "Hafenkante Entwurf");
        // Ties across the branches: the same update time, publication time and title; only the id tells them apart.
        jdbc.update("update article set updated_at = timestamptz '2026-11-30 10:00+01' where id in (?, ?, ?, ?)",
                inReview.get(1), inReview.get(4), nextInReview.get(0), nextInReview.get(3));
        jdbc.update("update article set published_at = timestamptz '2026-11-30 11:00+01' where id in (?, ?)",
                nextInReview.get(1), nextInReview.get(2));
        jdbc.update("update article set title = 'Hafenkante gleich' where id in (?, ?)", inReview.get(2),
                nextInReview.get(4));

        int compared = 0;
        for (ArticleSort sort : ArticleSort.values()) {
            for (boolean reversed : List.of(false, true)) {
                String text = sort == ArticleSort.RELEVANCE ? "Hafenkante" : null;
                List<Long> expected = as("editor", () -> search.list(new ArticleFilter(null, category.id(), null, null,
                        text, sort, reversed), 0, 500)).stream()
                        .filter(r -> r.status() == ArticleStatus.IN_REVIEW || r.nextInReview())
                        .map(ArticleListItem::id).toList();
                assertThat(expected).hasSize(12).containsAll(inReview).containsAll(nextInReview);
                var review = new ArticleFilter(ArticleStatus.IN_REVIEW, category.id(), null, null, text, sort, reversed);
                assertThat(as("editor", () -> search.count(review))).isEqualTo(new ArticleHits(12, false));
                for (int[] page : new int[][] {{0, 50}, {0, 1}, {0, 5}, {1, 3}, {3, 4}, {5, 5}, {7, 2}, {10, 30},
                        {11, 1}, {12, 5}}) {
                    List<Long> got = as("editor", () -> search.list(review, page[0], page[1])).stream()
                            .map(ArticleListItem::id).toList();
                    assertThat(got).as("%s%s, offset %d, limit %d", sort, reversed ? " reversed" : "", page[0],
                            page[1]).isEqualTo(expected.subList(Math.min(page[0], 12), Math.min(page[0] + page[1], 12)));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(ArticleSort.values().length * 2 * 10);
    }

    @Test
    void two_transactions_moving_articles_of_two_authors_in_opposite_orders_neither_wait_nor_lose_a_count()
            throws Exception {
        long x = userId("editor");
        long y = userId("chefredaktion");
        long a1 = raw(x, "DRAFT");
        long a2 = raw(y, "DRAFT");
        long b1 = raw(y, "IN_REVIEW");
        long b2 = raw(x, "IN_REVIEW");
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            for (Connection c : List.of(first, second)) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    // Counters updated in place would make the third statement wait for the second transaction.
                    s.execute("set local lock_timeout = '3s'");
                }
            }
            move(first, a1, "IN_REVIEW");
            move(second, b1, "DRAFT");
            move(first, a2, "IN_REVIEW");
            move(second, b2, "DRAFT");
            first.commit();
            second.commit();
        }
        assertCountersMatch();
    }

    @Test
    void many_transactions_changing_statuses_at_once_while_the_counts_are_folded_lose_no_count() throws Exception {
        long x = userId("editor");
        long y = userId("chefredaktion");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(raw(i % 2 == 0 ? x : y, "DRAFT"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            List<Long> own = ids.subList(w * 4, w * 4 + 4);
            workers.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 15; round++) {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        for (Long id : own) {
                            try (PreparedStatement s = c.prepareStatement("update article set status = case status "
                                    + "when 'DRAFT' then 'IN_REVIEW' when 'IN_REVIEW' then 'ARCHIVED' else 'DRAFT' end "
                                    + "where id = ?")) {
                                s.setLong(1, id);
                                s.executeUpdate();
                            }
                        }
                        c.commit();
                    }
                }
                return null;
            }));
        }
        Future<?> folder = pool.submit(() -> {
            start.await();
            while (running.get()) {
                counters.fold();
            }
            return null;
        });
        start.countDown();
        for (Future<?> f : workers) {
            f.get(120, TimeUnit.SECONDS);
        }
        running.set(false);
        folder.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertCountersMatch();
    }

    private record ListedRow(long id, ArticleStatus status, boolean nextInReview) {
    }

    /** The counters against a real count, per author and status, and the tab counts of the editor against both. */
    private void assertCountersMatch() {
        // One statement, one snapshot: the counters against the rows they count.
        List<String> differences = jdbc.queryForList("""
                select coalesce(r.k, c.k) || ': counted ' || coalesce(r.n, 0) || ', kept ' || coalesce(c.n, 0)
                from (select author_id || '/' || status as k, count(*) as n from article group by 1) r
                full join (select author_id || '/' || status as k, sum(n) as n from article_status_count
                           group by 1 having sum(n) <> 0) c on c.k = r.k
                where r.n is distinct from c.n""", String.class);
        assertThat(differences).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isPositive();
        ArticleTabCounts tabs = as("editor", () -> search.tabCounts());
        Map<ArticleStatus, Long> byStatus = new LinkedHashMap<>();
        jdbc.query("select status, count(*) from article group by status",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> byStatus.put(
                        ArticleStatus.valueOf(rs.getString(1)), rs.getLong(2)));
        for (ArticleStatus s : ArticleStatus.values()) {
            assertThat(tabs.of(s)).as("tab %s", s).isEqualTo(byStatus.getOrDefault(s, 0L));
        }
        assertThat(tabs.all()).isEqualTo(jdbc.queryForObject(
                "select count(*) from article where status <> 'TRASHED'", Long.class));
        // "Mine" goes by the byline, as the author filter does (ArticleBylinesTest), not by the counters' creator.
        assertThat(tabs.mine()).isEqualTo(jdbc.queryForObject("""
                select count(distinct a.id) from article a join article_byline b on b.article_id = a.id
                where a.status <> 'TRASHED' and b.user_id = (select id from app_user where username = 'editor')""",
                Long.class));
    }

    private ArticleDetails created(String username, String title) {
        return as(username, () -> editing.save(complete(title + " " + UUID.randomUUID().toString().substring(0, 6),
                category.id())));
    }

    private ArticleDetails publish(ArticleDetails a) {
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        return as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED));
    }

    private ArticleDetails current(long id) {
        return as("editor", () -> editing.find(id)).orElseThrow();
    }

    private ArticleStatus status(long id) {
        return current(id).status();
    }

    private Map<Long, Long> seen(ArticleDetails... articles) {
        Map<Long, Long> seen = new LinkedHashMap<>();
        for (ArticleDetails a : articles) {
            seen.put(a.id(), current(a.id()).version());
        }
        return seen;
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long raw(long authorId, String status) {
        String title = "Roh " + UUID.randomUUID();
        return jdbc.queryForObject("insert into article (title, slug, author_id, status) values (?, ?, ?, ?) "
                + "returning id", Long.class, title, title.toLowerCase().replace(' ', '-'), authorId, status);
    }

    private static void move(Connection c, long id, String status) throws Exception {
        try (PreparedStatement s = c.prepareStatement("update article set status = ? where id = ?")) {
            s.setString(1, status);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }
}
