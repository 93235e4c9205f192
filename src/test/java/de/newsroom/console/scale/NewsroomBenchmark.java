package de.newsroom.console.scale;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.article.ArticleFilter;
import de.newsroom.console.article.ArticleSearch;
import de.newsroom.console.article.ArticleSort;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueCursor;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.scale.BenchReport.Stats;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scale benchmark: each figure through the console's own code next to a raw-SQL baseline measured in the same
 * run, after a warm-up, reported as p50/p99 and a ratio. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw test -Dtest=NewsroomBenchmark} (see README). Writes {@code target/bench/results.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("bench")
// Statement counts for the keywords row; outside StatementCounter.count the wrapper only passes calls through.
@org.springframework.context.annotation.Import(de.newsroom.console.StatementCounter.Config.class)
class NewsroomBenchmark {

    private static final int WARMUP = 30;
    private static final int REPS = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CommentModerationService moderation;

    @Autowired
    ArticleSearch articleSearch;

    @Autowired
    de.newsroom.console.comment.rules.RuleDryRun ruleDryRun;

    @Autowired
    de.newsroom.console.tag.keyword.KeywordSuggestionService keywordSuggestions;

    @Autowired
    de.newsroom.console.reader.ReaderService reader;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Value("${newsroom.embedded-db.port}")
    int embeddedPort;

    /**
     * {@code -Dbench.rows=queue,post} measures only those rows (queue, search, tabs, bulk, post, report, dryrun,
     * keywords, reader, outage); all by default.
     */
    private static boolean selected(String row) {
        String rows = System.getProperty("bench.rows", "");
        return rows.isBlank() || java.util.Arrays.asList(rows.split(",")).contains(row);
    }

    @Test
    void measure_the_console_against_raw_sql() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class))
                .as("the scale data set is in place").isGreaterThan(500_000L);
        if (selected("queue")) {
            queuePages();
        }
        if (selected("search")) {
            articleSearch();
        }
        if (selected("tabs")) {
            articleTabCounts();
        }
        if (selected("bulk")) {
            bulkApprove();
        }
        if (selected("post")) {
            publicPostThroughput();
        }
        if (selected("report")) {
            publicReportThroughput();
        }
        if (selected("dryrun")) {
            ruleDryRun();
        }
        if (selected("keywords")) {
            keywordSuggestions();
        }
        if (selected("reader")) {
            readerLists();
        }
        if (selected("outage")) {
            // Its own console and PostgreSQL server (stopped and frozen on purpose); alone: -Dtest=OutageBenchmark.
            OutageBenchmark.measure();
        }
        BenchReport.write();
    }

    private void queuePages() {
        String raw = """
                select c.id, c.author_name, left(c.body, 160), c.article_id, a.title, c.created_at, c.status,
                       c.flags, c.version
                from comment c join article a on a.id = c.article_id
                where c.status = 'PENDING' and (c.created_at, c.id) > (?, ?)
                order by c.created_at, c.id limit 50""";
        for (int depth : new int[]{0, 40_000}) {
            QueueCursor cursor = depth == 0 ? new QueueCursor(java.time.Instant.EPOCH, 0)
                    : jdbc.queryForObject("select created_at, id from comment where status = 'PENDING' "
                            + "order by created_at, id offset ? limit 1",
                    (rs, i) -> new QueueCursor(rs.getTimestamp(1).toInstant(), rs.getLong(2)), depth - 1);
            QueueCursor after = depth == 0 ? null : cursor;
            Stats[] measured = SystemAuthentication.call(() -> BenchReport.interleaved(WARMUP, REPS,
                    () -> moderation.page(ModerationFilter.pending(), after, 50),
                    () -> jdbc.queryForList(raw, Timestamp.from(cursor.createdAt()), cursor.id())));
            Stats ours = measured[0];
            Stats base = measured[1];
            BenchReport.addLatency("Moderation queue page of 50, " + (depth == 0 ? "head" : depth + " deep"), ours, base,
                    "p50 <= 3x, p99 <= 20 ms", ours.p50() <= 3 * base.p50() && ours.p99() <= 20);
        }
    }

    private void articleSearch() {
        String raw = """
                select a.id, a.title, a.category_id, a.status, u.display_name, a.updated_at, a.published_at,
                       a.scheduled_at, a.published_late
                from article a join app_user u on u.id = a.author_id
                cross join websearch_to_tsquery('german', ?) q
                where a.search_vector @@ q
                order by ts_rank(a.search_vector, q) desc, a.updated_at desc, a.id desc
                offset 0 limit 50""";
        // For the log only: the same raw statement plus the join for the category trail the list shows (V61), to
        // split our overhead into the extra join and the code around it.
        String rawWithTrail = raw.replace("a.scheduled_at, a.published_late", "a.scheduled_at, a.published_late, ct.trail")
                .replace("from article a join app_user u on u.id = a.author_id",
                        "from article a join app_user u on u.id = a.author_id left join category ct on ct.id = a.category_id");
        String rare = jdbc.queryForObject("select split_part(split_part(body, 'Aktenzeichen ', 2), '.', 1) "
                + "from article order by id desc limit 1", String.class);
        for (String[] term : new String[][]{{"rare", rare}, {"frequent", "Mitarbeiter"}}) {
            long matches = jdbc.queryForObject("select count(*) from article "
                    + "where search_vector @@ websearch_to_tsquery('german', ?)", Long.class, term[1]);
            var filter = new ArticleFilter(null, null, null, null, term[1], ArticleSort.RELEVANCE);
            // The rare term takes well under a millisecond: a long warm-up lets the JIT finish the whole call path
            // (a few hundred calls left ours at 0.64 ms against 0.39 ms after 20,000, and the statement now takes
            // only 0.07-0.1 ms, so a part-compiled call path shows as a ratio), many repetitions steady the p50. The
            // frequent one ranks 25,000 rows.
            int warmup = term[0].equals("rare") ? 20_000 : 10;
            int reps = term[0].equals("rare") ? 2_000 : 100;
            Stats[] measured = SystemAuthentication.call(() -> BenchReport.interleaved(warmup, reps,
                    () -> articleSearch.list(filter, 0, 50),
                    () -> jdbc.queryForList(raw, term[1]),
                    () -> jdbc.queryForList(rawWithTrail, term[1])));
            Stats ours = measured[0];
            Stats base = measured[1];
            org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Search '{}': raw SQL with the list's "
                    + "category trail join p50 {} ms (ours {}, plain raw {})", term[1], measured[2].p50(),
                    ours.p50(), base.p50());
            boolean met = ours.p50() <= 1.5 * base.p50() && (term[0].equals("rare") || ours.p99() <= 100);
            BenchReport.addLatency("German full-text search, " + term[0] + " term '" + term[1] + "' (" + matches + " matches), ranked",
                    ours, base, term[0].equals("rare") ? "<= 1.5x" : "<= 1.5x, p99 <= 100 ms", met);
        }
    }

    /**
     * The article list's status-tab counts (one statement each time the list opens or changes) through {@code
     * ArticleSearch.tabCounts}, as the busiest author, against the bare {@code group by status} over the article
     * table that the list ran before V90 (decision 0020). The counts come from the counter rows, so the plan must not
     * scan the article table: it reads it by primary key (the next versions in review) and through the trash's partial
     * index (the signed-in account's articles in the trash, taken off its byline count; V95).
     */
    private void articleTabCounts() {
        String username = jdbc.queryForObject("""
                select u.username from article a join app_user u on u.id = a.author_id
                group by u.username order by count(*) desc, u.username limit 1""", String.class);
        jdbc.execute("vacuum (analyze) article");
        jdbc.execute("vacuum (analyze) article_status_count");
        long counterRows = jdbc.queryForObject("select count(*) from article_status_count", Long.class);
        String statement = de.newsroom.console.article.ArticleSearch.TAB_COUNTS;
        String plan = String.join("\n", jdbc.queryForList("explain (analyze, buffers) "
                + statement.replace("?", "'" + username + "'"), String.class));
        org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Tab counts plan ({} counter rows):\n{}",
                counterRows, plan);
        boolean articleScan = plan.lines().anyMatch(l -> l.matches(".*(Seq Scan|Bitmap Heap Scan|Index Only Scan"
                + "|Index Scan using article_(?!pkey|trashed_idx)\\w+) on article .*"));
        Stats[] measured = de.newsroom.console.article.ArticleTestData.as(username, () -> BenchReport.interleaved(
                WARMUP, REPS,
                () -> articleSearch.tabCounts(),
                () -> jdbc.queryForList("select status, count(*) from article group by status"),
                () -> jdbc.queryForList(statement, username)));
        Stats ours = measured[0];
        Stats base = measured[1];
        org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Tab counts: the counter statement alone "
                + "p50 {} / p99 {} ms (through the service {} / {})", measured[2].p50(), measured[2].p99(),
                ours.p50(), ours.p99());
        // The review tab also lists published articles whose next version is in review: the scale data has none, so
        // every 500th published article gets one (about 185, once; the same ones every time for the same seed).
        int seeded = jdbc.update("""
                insert into article_next_version (article_id, status, base_version, created_at, updated_at, actor,
                                                  title, slug, lead, body)
                select id, 'IN_REVIEW', version, updated_at, updated_at + interval '1 hour', 'bench', title, slug,
                       lead, body
                from article where status = 'PUBLISHED' and id % 500 = 0
                  and not exists (select 1 from article_next_version)""");
        if (seeded > 0) {
            jdbc.execute("vacuum (analyze) article_next_version");
        }
        var review = new de.newsroom.console.article.ArticleFilter(de.newsroom.console.article.ArticleStatus.IN_REVIEW,
                null, null, null, null, de.newsroom.console.article.ArticleSort.UPDATED);
        // Before: the union as a whole, ordered and cut outside (it sorted every article in review for a page).
        String unionAsAWhole = """
                select a.id from (select * from article where status = 'IN_REVIEW'
                 union all
                 select * from article where status = 'PUBLISHED'
                     and id in (select article_id from article_next_version where status = 'IN_REVIEW')) a
                join user_display_name u on u.id = a.author_id left join category_ref ct on ct.id = a.category_id
                order by a.updated_at desc, a.id desc offset 0 limit 50""";
        Stats[] reviewTab = de.newsroom.console.article.ArticleTestData.as(username, () -> BenchReport.interleaved(
                WARMUP, REPS, () -> articleSearch.list(review, 0, 50),
                () -> jdbc.queryForList("select id from article where status = 'IN_REVIEW' "
                        + "order by updated_at desc, id desc limit 50"),
                () -> jdbc.queryForList(unionAsAWhole)));
        String reviewSql = de.newsroom.console.article.ArticleTestData.as(username, () ->
                de.newsroom.console.StatementCounter.count(() -> articleSearch.list(review, 0, 50)))
                .statements().getFirst().replace("offset ? limit ?", "offset 0 limit 50")
                .replace("limit ?", "limit 50"); // each branch's own top 50
        org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Review tab plan ({} next versions seeded "
                + "now):\n{}\nBefore (the union as a whole):\n{}", seeded, String.join("\n",
                jdbc.queryForList("explain (analyze, buffers) " + reviewSql, String.class)), String.join("\n",
                jdbc.queryForList("explain (analyze, buffers) " + unionAsAWhole, String.class)));
        org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Review tab's first page (with next "
                + "versions): p50 {} / p99 {} ms; the union as a whole (before) {} / {} ms; bare 'status = "
                + "IN_REVIEW' page {} / {} ms", reviewTab[0].p50(), reviewTab[0].p99(), reviewTab[2].p50(),
                reviewTab[2].p99(), reviewTab[1].p50(), reviewTab[1].p99());
        long articles = jdbc.queryForObject("select count(*) from article", Long.class);
        BenchReport.addLatency("Article list tab counts from counters (" + articles + " articles, " + counterRows
                        + " counter rows" + (articleScan ? ", scans the article table" : "") + "; baseline: the old "
                        + "group by over the article table)", ours, base,
                "p99 <= 5 ms, no scan of the article table", ours.p99() <= 5 && !articleScan);
    }

    /**
     * The reader's list pages (home page, category page, {@code GET /api/public/articles?category=}) through
     * {@code ReaderService.articles}, 20 a page, against the statement they ran before V94 (the order index V93 with
     * the subtree as a filter, the row columns and lateral subqueries joined before the OFFSET), rebuilt from ours
     * so that both return the same columns. Adds a small category once: "Lyrik" under Kultur with copies of the 7
     * oldest published articles, a day older still (the case that walked the whole order index).
     */
    private void readerLists() {
        jdbc.update("""
                insert into category (parent_id, name, slug, path, position)
                select id, 'Lyrik', 'lyrik', 'news-archiv/kultur/lyrik', 9 from category where path = 'news-archiv/kultur'
                on conflict do nothing""");
        int added = jdbc.update("""
                insert into article (title, slug, lead, body, category_id, author_id, status, comments_open,
                                     created_at, updated_at, published_at)
                select 'Gedicht ' || n, 'bench-lyrik-' || n, a.lead, a.body,
                       (select id from category where path = 'news-archiv/kultur/lyrik'), a.author_id, 'PUBLISHED', true,
                       a.created_at, a.updated_at, a.published_at - interval '1 day'
                from (select *, row_number() over (order by published_at, id) n from article
                      where status = 'PUBLISHED' order by published_at, id limit 7) a
                where not exists (select 1 from article where slug like 'bench-lyrik-%')""");
        if (added > 0) {
            jdbc.execute("vacuum (analyze) article");
        }
        long published = jdbc.queryForObject("select count(*) from article where status = 'PUBLISHED'", Long.class);
        var log = org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class);
        record Case(String what, String category, int page, String target, double maxP50) {
        }
        List<Case> cases = List.of(
                new Case("7 articles (the oldest) in Kultur/Lyrik", "news-archiv/kultur/lyrik", 0, "p50 <= 5 ms", 5),
                new Case("Kultur: 4 sub-categories of ~3,100 and Lyrik", "news-archiv/kultur", 0, "p50 <= 5 ms", 5),
                new Case("one category of ~3,100 (Kultur/Buch)", "news-archiv/kultur/buch", 0, "p50 <= 5 ms", 5),
                new Case("the root: every published article", "news-archiv", 0, "p50 <= 5 ms", 5),
                new Case("Kultur, page 500 (offset 9,980)", "news-archiv/kultur", 499, "p50 <= 100 ms", 100),
                new Case("the root, page 500 (offset 9,980)", "news-archiv", 499, "p50 <= 100 ms", 100),
                new Case("home page", null, 0, "p50 <= 5 ms", 5),
                new Case("home page, page 500 (offset 9,980)", null, 499, "p50 <= 100 ms", 100));
        for (Case c : cases) {
            var counted = de.newsroom.console.StatementCounter.count(() -> reader.articles(c.category(), null,
                    c.page(), 20));
            String ours = counted.statements().getFirst();
            String before = beforeV94(ours, c.category() != null);
            Object[] args = c.category() == null ? new Object[]{21, c.page() * 20L}
                    : new Object[]{c.category(), c.category(), 21, c.page() * 20L};
            // Same rows, same order: the old statement is the baseline, not a different answer.
            List<String> ourSlugs = reader.articles(c.category(), null, c.page(), 20).value().items().stream()
                    .map(de.newsroom.console.reader.ArticleSummary::slug).toList();
            List<String> oldSlugs = jdbc.queryForList(before, args).stream().limit(20)
                    .map(r -> (String) r.get("slug")).toList();
            assertThat(ourSlugs).as(c.what()).isEqualTo(oldSlugs);
            if (c.page() == 0 && c.category() != null && c.category().endsWith("lyrik")) {
                log.warn("Reader list plan, {} (ours):\n{}\nBefore V94:\n{}", c.what(),
                        explain(ours, 21L, c.category(), c.category(), 21, 0L), explain(before, args));
            }
            boolean deep = c.page() > 0;
            Object[] ourArgs = c.category() == null ? args
                    : new Object[]{c.page() * 20L + 21, c.category(), c.category(), 21, c.page() * 20L};
            Stats[] measured = BenchReport.interleaved(deep ? 5 : WARMUP, deep ? 30 : REPS,
                    () -> reader.articles(c.category(), null, c.page(), 20),
                    () -> jdbc.queryForList(before, args),
                    () -> jdbc.queryForList(ours, ourArgs));
            // Statement against statement; the service adds the teasers (Markdown to text) and the records.
            log.warn("Reader list, {}: our statement alone p50 {} / p99 {} ms, the one before V94 {} / {} ms, "
                    + "through the service {} / {} ms", c.what(), measured[2].p50(), measured[2].p99(),
                    measured[1].p50(), measured[1].p99(), measured[0].p50(), measured[0].p99());
            BenchReport.addLatency("Reader list page of 20, " + c.what() + " (" + published + " published; "
                            + "baseline: the statement before V94)", measured[0], measured[1], c.target(),
                    measured[0].p50() <= c.maxP50());
        }
    }

    /** The list statement as it was before V94, from ours: the subtree as a filter on the order index, OFFSET last. */
    private static String beforeV94(String ours, boolean category) {
        String columns = ours.substring("select ".length(), ours.indexOf(" from (select "));
        String joins = ours.substring(ours.indexOf("on a.id = page.id ") + "on a.id = page.id ".length(),
                ours.lastIndexOf(" order by a.published_at"));
        return "select " + columns + " from article a " + joins + " where a.status = 'PUBLISHED'"
                + (category ? " and a.category_id in (select s.id from category s where s.path = ? "
                + "or starts_with(s.path, ? || '/'))" : "")
                + " order by a.published_at desc nulls last, a.id desc limit ? offset ?";
    }

    private String explain(String sql, Object... args) {
        return String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, args));
    }

    /**
     * Keyword suggestions for the German evaluation articles ({@code src/test/resources/keywords}, 26 since the
     * third round of issue 19) in turn, against the published corpus' document frequencies; the baseline is the
     * service's two statements alone, so the ratio shows the cost of the text analysis and the dictionary.
     */
    private void keywordSuggestions() throws Exception {
        long start = System.nanoTime();
        jdbc.execute("refresh materialized view concurrently taxonomy_lexeme_df");
        long refreshMs = (System.nanoTime() - start) / 1_000_000;
        long published = jdbc.queryForObject("select ndoc from taxonomy_lexeme_df where word = ''", Long.class);
        List<String[]> texts = new ArrayList<>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:keywords/*.md")) {
            if (!resource.getFilename().matches("\\d+-.*")) {
                continue;
            }
            String[] parts = resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                    .split("(?m)^---\\s*$", 3)[2].strip().split("\\R\\s*\\R", 3);
            texts.add(new String[] {parts[0].replaceFirst("^#\\s*", ""), parts[1], parts.length > 2 ? parts[2] : ""});
        }
        String stems = """
                with w as (select w, (ts_lexize('german_stem', w))[1] as stem from unnest(?::text[]) as w)
                select w.w, w.stem, d.ndoc from w left join taxonomy_lexeme_df d on d.word = w.stem
                union all
                select null, null, ndoc from taxonomy_lexeme_df where word = ''""";
        String tags = """
                select t.id, t.name, t.key, 1 as prio from tag t where t.key = any(?)
                union all
                select t.id, t.name, a.key, 2 from tag_alias a join tag t on t.id = a.tag_id where a.key = any(?)
                order by 4, 1""";
        assertThat(texts).hasSizeGreaterThanOrEqualTo(18);
        List<String[]> words = texts.stream().map(t -> java.util.Arrays.stream(
                        (t[0] + " " + t[1] + " " + t[2]).split("[^\\p{L}]+")).filter(w -> w.length() > 1)
                .map(w -> w.toLowerCase(java.util.Locale.GERMAN)).distinct().toArray(String[]::new)).toList();
        List<String[]> keys = words.stream().map(w -> java.util.Arrays.stream(w)
                .map(de.newsroom.console.tag.TagKeys::key).distinct().limit(60).toArray(String[]::new)).toList();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger nextRaw = new AtomicInteger();
        int statements = SystemAuthentication.call(() -> texts.stream().mapToInt(t -> de.newsroom.console
                .StatementCounter.count(() -> keywordSuggestions.suggest(t[0], t[1], t[2], 8)).count()).max()
                .orElse(0));
        Stats[] measured = SystemAuthentication.call(() -> BenchReport.interleaved(WARMUP * 3, REPS, () -> {
            String[] t = texts.get(next.getAndIncrement() % texts.size());
            keywordSuggestions.suggest(t[0], t[1], t[2], 8);
        }, () -> {
            int i = nextRaw.getAndIncrement() % texts.size();
            jdbc.queryForList(stems, (Object) words.get(i));
            jdbc.queryForList(tags, keys.get(i), keys.get(i));
        }));
        // The suggesting thread's own CPU time: on a shared machine the wall time also holds the neighbours' turns.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[texts.size() * 3];
        SystemAuthentication.run(() -> {
            for (int i = 0; i < cpu.length; i++) {
                String[] t = texts.get(i % texts.size());
                long before = threads.getCurrentThreadCpuTime();
                keywordSuggestions.suggest(t[0], t[1], t[2], 8);
                cpu[i] = threads.getCurrentThreadCpuTime() - before;
            }
        });
        org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Keyword suggestions over {} published "
                + "articles: p50 {} ms, p99 {} ms (this thread's CPU p50 {} ms), at most {} statements per call "
                + "(statistics refresh {} ms, load average {})", published, measured[0].p50(), measured[0].p99(),
                Stats.ofNanos(cpu).p50(), statements, refreshMs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        BenchReport.addLatency("Keyword suggestions for an article, " + published + " published articles ("
                + statements + " statements)", measured[0], measured[1], "p50 < 50 ms, <= 2 statements",
                measured[0].p50() < 50 && statements <= 2);
    }

    private void bulkApprove() {
        int reps = 8;
        long[] ours = new long[reps];
        long[] base = new long[reps];
        for (int i = 0; i < reps + 2; i++) {
            List<CommentVersion> seen = jdbc.query("select id, version from comment where status = 'PENDING' "
                    + "order by created_at, id offset ? limit 1000",
                    (rs, n) -> new CommentVersion(rs.getLong(1), rs.getLong(2)), 10_000 + i * 2_000);
            List<Long> a = seen.stream().map(CommentVersion::id).toList();
            List<Long> b = jdbc.queryForList("select id from comment where status = 'PENDING' "
                    + "order by created_at, id offset ? limit 1000", Long.class, 11_000 + i * 2_000);
            long t = System.nanoTime();
            SystemAuthentication.run(() -> moderation.bulkApprove(seen));
            long oursNanos = System.nanoTime() - t;
            t = System.nanoTime();
            jdbc.update("update comment set status = 'APPROVED', decided_at = now(), version = version + 1 "
                    + "where id = any(?) and status = 'PENDING'", (Object) b.toArray(Long[]::new));
            long baseNanos = System.nanoTime() - t;
            // Put both sets back in the queue so the next run finds the same data.
            jdbc.update("update comment set status = 'PENDING', decided_at = null, decided_by = null "
                    + "where id = any(?)", (Object) concat(a, b).toArray(Long[]::new));
            if (i >= 2) {
                ours[i - 2] = oursNanos;
                base[i - 2] = baseNanos;
            }
        }
        Stats o = Stats.ofNanos(ours);
        Stats b = Stats.ofNanos(base);
        BenchReport.addLatency("Bulk approve 1,000 comments incl. audit rows", o, b, "<= 2x", o.p50() <= 2 * b.p50());
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void publicPostThroughput() throws Exception {
        String slug = jdbc.queryForObject("select slug from article where status = 'PUBLISHED' and comments_open "
                + "order by id limit 1", String.class);
        Long articleId = jdbc.queryForObject("select id from article where slug = ?", Long.class, slug);
        int connections = 16;
        Duration warmup = Duration.ofSeconds(20);
        Duration measure = Duration.ofSeconds(30);
        String path = "/api/public/articles/" + slug + "/comments";
        CpuMeter cpu = new CpuMeter();
        Optional<WrkLoad.Posts> wrk = WrkLoad.postComments("http://localhost:" + port + path, connections, warmup,
                measure);
        if (wrk.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("wrk is not installed: the POST row "
                    + "runs on the JDK's HttpClient inside this JVM, so its req/s and the JVM's CPU per request "
                    + "include the client's CPU (apt-get install wrk)");
        }
        WrkLoad.Posts posts = wrk.isPresent() ? wrk.get() : jdkHttpClientPosts(path, connections, warmup, measure);
        Load http = posts.load();
        cpu.report("POST", http.perSecond() * measure.toSeconds());
        Optional<Load> pgbench = PgBench.insertLoad(embeddedPort, articleId, connections, warmup, measure);
        Load baseline = pgbench.isPresent() ? pgbench.get() : jdbcInsertLoad(articleId, connections, warmup, measure);
        // Leave the queue as the benchmark found it.
        jdbc.update("delete from comment where article_id = ? and (author_name like 'Last %' or author_name like 'Roh %')",
                articleId);
        double ratio = http.perSecond() / baseline.perSecond();
        BenchReport.add(new BenchReport.Result("Public comment POST, 16 connections, 30 s (req/s; load: "
                + (wrk.isPresent() ? "wrk" : "JDK HttpClient in the server's JVM") + "; baseline: "
                + (pgbench.isPresent() ? "pgbench" : "JDBC") + " single-row insert, 16 clients)",
                new Stats(http.perSecond(), http.latency().p99(), http.latency().mean(), http.latency().n()),
                new Stats(baseline.perSecond(), baseline.latency().p99(), baseline.latency().mean(), baseline.latency().n()),
                ratio, "req/s", ">= 0.3x, p99 <= 50 ms, no session",
                ratio >= 0.3 && http.latency().p99() <= 50 && posts.sessions() == 0 && http.failures() == 0));
    }

    /**
     * The reader report endpoint beside the comment POST: every request reports another approved comment under a
     * published article (a report counts once per client and comment, and the load comes from one address), so each
     * one inserts its report and updates the comment's counters. Baseline: pgbench running the service's statement
     * (the report insert with its visibility check and the counter update, one statement) in a transaction, 16
     * clients.
     * The reports are removed and the counters put back afterwards.
     */
    private void publicReportThroughput() throws Exception {
        int connections = 16;
        Duration warmup = Duration.ofSeconds(20);
        Duration measure = Duration.ofSeconds(30);
        java.sql.Timestamp began = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
        List<Long> targets = jdbc.queryForList("""
                select c.id from comment c join article a on a.id = c.article_id
                where c.status = 'APPROVED' and a.status = 'PUBLISHED' and c.report_count = 0
                order by c.id limit 400000""", Long.class);
        assertThat(targets).as("approved comments to report").hasSizeGreaterThan(100_000);
        List<Long> http = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            (i % 2 == 0 ? http : raw).add(targets.get(i));
        }
        java.nio.file.Path ids = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/bench/wrk"))
                .resolve("report-ids.txt");
        java.nio.file.Files.write(ids, http.stream().map(String::valueOf).toList());
        CpuMeter cpu = new CpuMeter();
        // The warm-up reports from the first id on, the measured run from the middle: no comment twice.
        Optional<WrkLoad.Posts> wrk = WrkLoad.reportComments("http://localhost:" + port, ids, http.size() / 2,
                connections, warmup, measure);
        WrkLoad.Posts reports;
        if (wrk.isPresent()) {
            reports = wrk.get();
        } else {
            org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("wrk is not installed: the report row "
                    + "runs on the JDK's HttpClient inside this JVM (apt-get install wrk)");
            reports = jdkHttpClientReports(http, connections, warmup, measure);
        }
        Load load = reports.load();
        cpu.report("report", load.perSecond() * measure.toSeconds());
        jdbc.execute("drop table if exists bench_report_target");
        jdbc.execute("create unlogged table bench_report_target (i int primary key, id bigint not null)");
        jdbc.update("insert into bench_report_target select n, id from unnest(?::bigint[]) with ordinality as t(id, n)",
                (Object) raw.toArray(Long[]::new));
        String script = """
                \\set i random(1, %d)
                \\set n random(1, 1000000000)
                begin;
                with target as (select c.id from comment c join article_ref a on a.id = c.article_id where c.id = (select id from bench_report_target where i = :i) and c.status = 'APPROVED' and a.status = 'PUBLISHED'), added as (insert into comment_report (comment_id, client_hash, reason, note, created_at) select id, 'bench-' || :client_id || '-' || :n, 'SPAM', 'Lasttest Meldung', now() from target on conflict do nothing returning comment_id), counted as (update comment c set report_count = c.report_count + 1, report_reasons = case when 'SPAM' = any(c.report_reasons) then c.report_reasons else array_append(c.report_reasons, 'SPAM') end from comment_moderation_setting s where c.id in (select comment_id from added) returning c.report_count - c.reports_handled as open, s.report_threshold as threshold) select (select count(*) from target), (select open from counted), (select threshold from counted);
                end;
                """.formatted(raw.size());
        Optional<Load> pgbench = PgBench.scriptLoad(embeddedPort, "report", script, connections, warmup, measure);
        Load baseline = pgbench.orElseGet(() -> new Load(0, new Stats(0, 0, 0, 0), 0));
        // Leave the data as the benchmark found it: no reports, no counters, no helper table. Only the rows that
        // changed are written (an update of all 400,000 targets outlasted the 60-s socket timeout on a busy machine),
        // and counters without a report row are reset, also those a broken earlier run left behind.
        jdbc.update("delete from comment_report where created_at >= ?", began);
        jdbc.update("""
                update comment c set report_count = 0, report_reasons = '{}'
                where c.report_count > 0 and not exists (select 1 from comment_report r where r.comment_id = c.id)""");
        jdbc.execute("drop table bench_report_target");
        double ratio = baseline.perSecond() == 0 ? 0 : load.perSecond() / baseline.perSecond();
        org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Report row: {} req/s (p50 {} ms, p99 {} ms, "
                + "{} failed), baseline {} tx/s, load average {}", load.perSecond(), load.latency().p50(),
                load.latency().p99(), load.failures(), baseline.perSecond(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        BenchReport.add(new BenchReport.Result("Public report POST, 16 connections, 30 s (req/s; load: "
                + (wrk.isPresent() ? "wrk" : "JDK HttpClient in the server's JVM") + "; baseline: "
                + (pgbench.isPresent() ? "pgbench, the service's two statements in one transaction"
                : "none, pgbench missing") + ", 16 clients)",
                new Stats(load.perSecond(), load.latency().p99(), load.latency().mean(), load.latency().n()),
                new Stats(baseline.perSecond(), baseline.latency().p99(), baseline.latency().mean(),
                        baseline.latency().n()),
                ratio, "req/s", ">= 0.3x, p99 <= 50 ms, no session",
                ratio >= 0.3 && load.latency().p99() <= 50 && reports.sessions() == 0 && load.failures() == 0));
    }

    private WrkLoad.Posts jdkHttpClientReports(List<Long> ids, int connections, Duration warmup, Duration measure)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sessions = new AtomicInteger();
        Load load = load(connections, warmup, measure, () -> {
            long id = ids.get(next.getAndIncrement() % ids.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/public/comments/" + id + "/reports"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"spam\",\"text\":\"Lasttest Meldung\"}"))
                    .build();
            try {
                HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (answer.headers().firstValue("Set-Cookie").isPresent()) {
                    sessions.incrementAndGet();
                }
                return answer.statusCode() == 202;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return new WrkLoad.Posts(load, sessions.get());
    }

    /**
     * The dry run of a new blocked word over the last 30 days' comments (what the settings page runs before saving),
     * against the raw statement a developer would write for the same question: {@code ILIKE '%word%'} over the same
     * comments, which misses spelled-out umlauts, accents and soft hyphens and knows no whole words or exceptions.
     * The log adds the prefilter over all comments (as for a site whose whole million arrived in 30 days).
     */
    private void ruleDryRun() {
        long period = jdbc.queryForObject("select count(*) from comment where created_at >= now() - interval '30 days'",
                Long.class);
        String rawSql = """
                select c.id, c.author_name, c.body, a.title from comment c join article a on a.id = c.article_id
                where c.created_at >= now() - interval '30 days' and (c.body ilike ? or c.author_name ilike ?)
                order by c.created_at desc, c.id desc""";
        for (String word : new String[] {"Zeche", "Mitarbeiter", "Quarkbrötchen"}) {
            var result = SystemAuthentication.call(() -> ruleDryRun.addWord(word, false, ""));
            Stats[] measured = SystemAuthentication.call(() -> BenchReport.interleaved(5, 40,
                    () -> ruleDryRun.addWord(word, false, ""),
                    () -> jdbc.queryForList(rawSql, "%" + word + "%", "%" + word + "%")));
            var candidates = de.newsroom.console.comment.rules.FoldedSpellings.candidates(word);
            List<Object> values = new ArrayList<>(candidates.parameters());
            values.addAll(candidates.parameters());
            long start = System.nanoTime();
            long all = jdbc.queryForObject("select count(*) from comment where " + candidates.sql("body") + " or "
                    + candidates.sql("author_name"), Long.class, values.toArray());
            long allMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            long allIlike = jdbc.queryForObject("select count(*) from comment where body ilike ? or author_name ilike ?",
                    Long.class, "%" + word + "%", "%" + word + "%");
            long allIlikeMs = (System.nanoTime() - start) / 1_000_000;
            org.slf4j.LoggerFactory.getLogger(NewsroomBenchmark.class).warn("Dry run '{}': {} of {} comments in 30 "
                    + "days matched, {} newly flagged, complete {}, {} ms; over all comments the prefilter finds {} "
                    + "candidates in {} ms (ILIKE: {} in {} ms); load average {}", word, result.matched(), period,
                    result.newlyFlagged(), result.complete(), result.millis(), all, allMs, allIlike, allIlikeMs,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            BenchReport.addLatency("Blocked-word dry run '" + word + "', " + period + " comments in 30 days ("
                    + result.matched() + " matched)", measured[0], measured[1], "p50 <= 3x, p99 <= 1 s",
                    measured[0].p50() <= 3 * measured[1].p50() && measured[0].p99() <= 1000);
        }
    }

    /** The fallback load where wrk is not installed: one shared JDK client, one worker per connection. */
    private WrkLoad.Posts jdkHttpClientPosts(String path, int connections, Duration warmup, Duration measure)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:" + port + path);
        AtomicInteger seq = new AtomicInteger();
        AtomicInteger sessions = new AtomicInteger();
        Load load = load(connections, warmup, measure, () -> {
            int n = seq.incrementAndGet();
            String json = "{\"authorName\":\"Last " + n + "\",\"body\":\"Lasttest Kommentar Nummer " + n + "\"}";
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
            try {
                HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (answer.headers().firstValue("Set-Cookie").isPresent()) {
                    sessions.incrementAndGet();
                }
                return answer.statusCode() == 202;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return new WrkLoad.Posts(load, sessions.get());
    }

    /** The fallback baseline where pgbench is not installed: the same insert over JDBC from 16 threads. */
    private Load jdbcInsertLoad(long articleId, int connections, Duration warmup, Duration measure) throws Exception {
        AtomicInteger rawSeq = new AtomicInteger();
        return load(connections, warmup, measure, () -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("insert into comment (article_id, author_name, body, "
                         + "status) values (?, ?, ?, 'PENDING')")) {
                int n = rawSeq.incrementAndGet();
                ps.setLong(1, articleId);
                ps.setString(2, "Roh " + n);
                ps.setString(3, "Baseline-Einfügung " + n);
                return ps.executeUpdate() == 1;
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** Throughput per second, latency in ms, failed calls. */
    record Load(double perSecond, Stats latency, long failures) {
    }

    static Load load(int threads, Duration warmup, Duration measure, Supplier<Boolean> call) throws Exception {
        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    boolean ok = call.get();
                    long took = System.nanoTime() - t;
                    if (recording.get()) {
                        if (ok) {
                            done.incrementAndGet();
                            latencies.add(took);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
            });
        }
        Thread.sleep(warmup.toMillis());
        recording.set(true);
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        recording.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Load(done.get() / seconds, l.length == 0 ? new Stats(0, 0, 0, 0) : Stats.ofNanos(l), failed.get());
    }
}
