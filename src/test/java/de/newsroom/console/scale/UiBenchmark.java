package de.newsroom.console.scale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataCommunicator;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.scale.BenchReport.Result;
import de.newsroom.console.scale.BenchReport.Stats;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scale benchmark's in-JVM UI rows: the real moderation view's grid asked for rows the way the browser asks, and
 * the heap that 200 open sessions on a view keep, both in Karibu's mocked Vaadin on the full data set. Same context
 * configuration as {@link NewsroomBenchmark}, so both share one Spring context when run together. Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw test -Dtest=UiBenchmark} ({@code -Dbench.rows=grid,memory}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("bench")
class UiBenchmark {

    private static final Logger log = LoggerFactory.getLogger(UiBenchmark.class);

    private static final int WARMUP = 300;
    private static final int REPS = 300;
    private static final int ROWS = 50;
    /** The second range of each pair starts this far after the first, outside anything the loader keeps. */
    private static final int OTHER_RANGE = 250;
    private static final int DEEP = 40_000;
    private static final int UIS = 200;

    private static final String RAW_PAGE = """
            select c.id, c.author_name, left(c.body, 160), c.article_id, a.title, c.created_at, c.status,
                   c.flags, c.version
            from comment c join article a on a.id = c.article_id
            where c.status = 'PENDING' and (c.created_at, c.id) > (?, ?)
            order by c.created_at, c.id limit 50""";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcTemplate jdbc;

    private static boolean selected(String row) {
        String rows = System.getProperty("bench.rows", "");
        return rows.isBlank() || Arrays.asList(rows.split(",")).contains(row);
    }

    @Test
    void measure_the_views_in_an_in_jvm_ui() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class))
                .as("the scale data set is in place").isGreaterThan(500_000L);
        log.info("Database port {}, {} pending comments, {} categories", jdbc.queryForObject(
                        "select current_setting('port')", String.class),
                jdbc.queryForObject("select count(*) from comment where status = 'PENDING'", Long.class),
                jdbc.queryForObject("select count(*) from category", Long.class));
        if (selected("grid")) {
            gridRangeFetch();
        }
        if (selected("memory")) {
            memoryPerUi();
        }
        BenchReport.write();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Grid range fetch

    private void gridRangeFetch() {
        try (var sessions = new InJvmSessions(ctx)) {
            sessions.open("moderator", Set.of("MODERATOR"), "moderation");
            @SuppressWarnings("unchecked")
            Grid<QueueRow> grid = _get(Grid.class, spec -> spec.withId("moderation-grid"));

            // The first request this deep: whatever the loader must do to get there, against the OFFSET query a
            // naive loader would send. (With the grid's undefined size the browser's scrollbar grows 200 rows at a
            // time, so a moderator gets this deep by scrolling, page after page; this is the worst case.)
            long t = System.nanoTime();
            request(grid, DEEP);
            long firstJump = System.nanoTime() - t;
            if (!rowsAt(grid, DEEP)) {
                BenchReport.add(new Result("Grid range fetch through Vaadin, rows " + DEEP + "-" + (DEEP + ROWS)
                        + ": NOT REACHED, the view's data provider returned other rows or none",
                        new Stats(Double.NaN, Double.NaN, Double.NaN, 0), new Stats(0, 0, 0, 0), Double.NaN, "ms",
                        "p50 <= 5 ms", false));
                return;
            }
            Stats offset = BenchReport.time(3, 20, () -> jdbc.queryForList("select c.id, c.author_name, "
                    + "left(c.body, 160), c.article_id, a.title, c.created_at, c.status, c.flags, c.version "
                    + "from comment c join article a on a.id = c.article_id where c.status = 'PENDING' "
                    + "order by c.created_at, c.id offset ? limit 50", DEEP));
            BenchReport.add(new Result("Grid: first request " + DEEP + " rows deep, once, walking the keyset "
                    + "(vs one raw OFFSET " + DEEP + " query)", new Stats(firstJump / 1e6, firstJump / 1e6,
                    firstJump / 1e6, 1), offset, firstJump / 1e6 / offset.p50(), "ms", "info: one-off", true));

            // One warm-up over all four ranges, so that neither measurement pays for the other's JIT compilation.
            int[] ranges = {0, OTHER_RANGE, DEEP, DEEP + OTHER_RANGE};
            for (int i = 0; i < WARMUP; i++) {
                request(grid, ranges[i % ranges.length]);
            }

            for (int start : new int[]{0, DEEP}) {
                List<Map<String, Object>> cursors = List.of(cursorBefore(start), cursorBefore(start + OTHER_RANGE));
                int[] turn = {0, 0};
                long[] chars = {0};
                // Through the view and raw SQL in turns, each alternating between its two ranges, so that every
                // request brings 50 rows the grid did not have and a noisy neighbour hits both alike.
                Stats[] stats = BenchReport.interleaved(30, REPS,
                        () -> chars[0] += request(grid, start + (turn[0]++ % 2 == 0 ? 0 : OTHER_RANGE)),
                        () -> {
                            Map<String, Object> c = cursors.get(turn[1]++ % 2);
                            jdbc.queryForList(RAW_PAGE, c.get("created_at"), c.get("id"));
                        });
                log.info("Grid requests at {}: UIDL responses of {} characters on average", start,
                        chars[0] / turn[0]);
                assertThat(rowsAt(grid, start + OTHER_RANGE)).as("the grid shows the queue's row %d",
                        start + OTHER_RANGE).isTrue();
                BenchReport.addLatency(String.format(Locale.ROOT, "Grid range fetch through Vaadin, rows %,d-%,d and "
                                + "%,d-%,d alternating (Karibu UI: viewport request, view's data provider, UIDL "
                                + "response; vs raw keyset SQL)", start, start + ROWS, start + OTHER_RANGE,
                        start + OTHER_RANGE + ROWS), stats[0], stats[1], "p50 <= 5 ms", stats[0].p50() <= 5);
            }
        }
    }

    private Map<String, Object> cursorBefore(int index) {
        if (index == 0) {
            return Map.of("created_at", new Timestamp(0), "id", 0L);
        }
        return jdbc.queryForMap("select created_at, id from comment where status = 'PENDING' "
                + "order by created_at, id offset ? limit 1", index - 1);
    }

    /**
     * One request of the browser's grid connector when it scrolls: it asks for a viewport range (Grid's client-callable
     * setViewportRange), the server fetches through the view's data provider and writes the UIDL response with the
     * rows as JSON text; the connector then confirms the update so the server may forget the rows that left.
     */
    private static int request(Grid<QueueRow> grid, int start) {
        DataCommunicator<QueueRow> communicator = grid.getDataCommunicator();
        communicator.setViewportRange(start, ROWS);
        String response = InJvmSessions.respond(grid.getUI().orElseThrow());
        communicator.confirmUpdate(lastUpdateId(communicator));
        return response.length();
    }

    /** Whether the grid's row {@code index} is the queue's row {@code index} as raw SQL counts it. */
    private boolean rowsAt(Grid<QueueRow> grid, int index) {
        long expected = jdbc.queryForObject("select id from comment where status = 'PENDING' "
                + "order by created_at, id offset ? limit 1", Long.class, index);
        QueueRow shown = grid.getDataCommunicator().getItem(index);
        log.info("Row {}: the grid has {}, raw SQL {}", index, shown == null ? null : shown.id(), expected);
        return shown != null && shown.id() == expected;
    }

    private static final Field NEXT_UPDATE_ID;

    static {
        try {
            NEXT_UPDATE_ID = DataCommunicator.class.getDeclaredField("nextUpdateId");
            NEXT_UPDATE_ID.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // The browser learns the update id from the response; Karibu has no browser, so read it where Vaadin keeps it.
    private static int lastUpdateId(DataCommunicator<?> communicator) {
        try {
            return NEXT_UPDATE_ID.getInt(communicator) - 1;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Memory per open UI

    private record Heap(String view, double kbPerUi, double kbLeftPerUi, long before, long open, long closed) {
    }

    private void memoryPerUi() throws InterruptedException {
        List<Long> articles = jdbc.queryForList("select id from article where status = 'PUBLISHED' "
                + "order by id offset 40000 limit ?", Long.class, UIS);
        log.info("Editor sessions open {} published articles, average body {} characters", articles.size(),
                jdbc.queryForObject("select avg(length(body))::int from article where id = any(?)", Integer.class,
                        (Object) articles.toArray(Long[]::new)));
        // The same user for all three, so the layout around each view (menu entries by role) is the same.
        Heap empty = heapOf("empty view", i -> InJvmSessions.EMPTY_ROUTE);
        Heap queue = heapOf("moderation queue", i -> "moderation");
        Heap editor = heapOf("article editor", i -> "articles/" + articles.get(i));
        addMemoryRow(queue, empty, 300);
        addMemoryRow(editor, empty, 500);
    }

    private void addMemoryRow(Heap view, Heap empty, double targetKb) {
        double net = view.kbPerUi() - empty.kbPerUi();
        // "Back to the baseline": at most 10 KB per closed UI (2 MB for 200) may stay behind.
        boolean met = net <= targetKb && view.kbLeftPerUi() <= 10;
        BenchReport.add(new Result(String.format(Locale.ROOT, "Memory per open UI, %s: heap after GC per Karibu "
                        + "session+UI minus the empty view's (%d sessions; p99 column: KB/UI left after all closed)",
                view.view(), UIS),
                new Stats(net, view.kbLeftPerUi(), view.kbPerUi(), UIS),
                new Stats(empty.kbPerUi(), empty.kbLeftPerUi(), empty.kbPerUi(), UIS),
                view.kbPerUi() / empty.kbPerUi(), "KB/UI",
                String.format(Locale.ROOT, "<= %.0f KB/UI, <= 10 KB/UI left after close", targetKb), met));
    }

    private Heap heapOf(String view, java.util.function.IntFunction<String> location) throws InterruptedException {
        String user = "admin";
        Set<String> roles = Set.of("ADMIN", "EDITOR", "MODERATOR");
        try (var sessions = new InJvmSessions(ctx)) {
            // Warm-up: servlet, class loading, Vaadin's metadata caches, translations.
            for (int i = 0; i < 10; i++) {
                sessions.open(user, roles, location.apply(i));
            }
            sessions.closeAll();
            long before = usedHeapAfterGc();
            Map<String, long[]> histogramBefore = histogram();
            for (int i = 0; i < UIS; i++) {
                sessions.open(user, roles, location.apply(i));
            }
            assertThat(sessions.size()).isEqualTo(UIS);
            long open = usedHeapAfterGc();
            logGrowth(view + ", " + UIS + " open", histogramBefore, histogram());
            sessions.closeAll();
            long closed = usedHeapAfterGc();
            logGrowth(view + ", all closed", histogramBefore, histogram());
            var heap = new Heap(view, (open - before) / 1024.0 / UIS, Math.max(0, closed - before) / 1024.0 / UIS,
                    before, open, closed);
            log.info("Heap, {}: before {} KB, {} open {} KB, after closing {} KB -> {} KB/UI, {} KB/UI left", view,
                    before / 1024, UIS, open / 1024, closed / 1024, String.format(Locale.ROOT, "%.1f", heap.kbPerUi()),
                    String.format(Locale.ROOT, "%.1f", heap.kbLeftPerUi()));
            return heap;
        }
    }

    /** With {@code -Dbench.histogram=true}: live objects per class (count, bytes), to find what a UI holds. */
    private static Map<String, long[]> histogram() {
        if (!Boolean.getBoolean("bench.histogram")) {
            return Map.of();
        }
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
            Map<String, long[]> classes = new java.util.HashMap<>();
            for (String line : text.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    classes.put(f[3], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
            return classes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void logGrowth(String when, Map<String, long[]> before, Map<String, long[]> after) {
        if (after.isEmpty()) {
            return;
        }
        var top = after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{e.getValue()[0] - before.getOrDefault(e.getKey(),
                        new long[2])[0], e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                .map(e -> String.format(Locale.ROOT, "%n  %10d B %8d x %s", e.getValue()[1], e.getValue()[0],
                        e.getKey()))
                .collect(java.util.stream.Collectors.joining());
        log.info("Heap growth by class, {}:{}", when, top);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(150);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
