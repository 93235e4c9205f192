package de.newsroom.console.dashboard;

import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.ModeratorOnly;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.NewsroomZone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures for the landing view, one method per role. Every figure is an index range scan: lists are
 * limited, counts over open-ended sets stop at {@link CappedCount#CAP}, and the hourly chart reads one day only.
 * "Today" is the calendar day in the newsroom's zone. Each list carries its capped count in the same statement, and a
 * board's counts go in one statement together: the first render waits for as few round trips as the figures allow
 * (guard: {@code DashboardServiceTest}'s statement counts).
 */
@Service
public class DashboardService {

    /** How many articles each dashboard list shows. */
    public static final int LIST_SIZE = 8;
    static final int CAP_PLUS_ONE = CappedCount.CAP + 1;
    private static final int NAMES_SHOWN = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NewsroomZone zone;

    DashboardService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock, NewsroomZone zone) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
    }

    /** My drafts, articles in review (oldest first), schedules of the next 48 hours, today's and late publications. */
    @Transactional(readOnly = true)
    @EditorOnly
    public EditorBoard editorBoard() {
        Instant now = clock.instant();
        var p = new MapSqlParameterSource()
                .addValue("username", me())
                .addValue("now", Timestamp.from(now))
                .addValue("in48h", Timestamp.from(now.plus(48, ChronoUnit.HOURS)))
                .addValue("today", Timestamp.from(startOfToday()))
                .addValue("limit", LIST_SIZE)
                .addValue("cap", CAP_PLUS_ONE);
        ArticleList drafts = list("""
                a.author_id = (""" + MY_ID + """
                ) and a.status = 'DRAFT'""", "a.updated_at", "a.updated_at desc, a.id desc", p);
        ArticleList inReview = inReview(p);
        ArticleList scheduled = list("""
                a.status = 'SCHEDULED' and a.scheduled_at >= :now and a.scheduled_at < :in48h""",
                "a.scheduled_at", "a.scheduled_at asc, a.id asc", p);
        ArticleList publishedToday = list("""
                a.status = 'PUBLISHED' and a.published_at >= :today""",
                "a.published_at", "a.published_at desc, a.id desc", p);
        ArticleList late = lateSchedules(p);
        return new EditorBoard(drafts, inReview, scheduled, publishedToday, late);
    }

    /** Pending and flagged comments, the oldest one's age, today's decisions and the last 24 hours per hour. */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public ModeratorBoard moderatorBoard() {
        Instant now = clock.instant();
        var p = new MapSqlParameterSource()
                .addValue("cap", CAP_PLUS_ONE)
                .addValue("today", Timestamp.from(startOfToday()))
                .addValue("username", me());
        List<HourBucket> activity = activity(now);
        // Six figures, one round trip: each stays its own index range scan, capped as before. Today's decisions
        // by people (index-only on comment_decision_time_idx) and automatic ones (decided_by null) are counted
        // apart, so the tiles say the same as the queue health, which counts people only.
        return jdbc.queryForObject("select " + capped("select 1 from comment where status = 'PENDING'") + ", "
                        + "(select min(created_at) from comment where status = 'PENDING'), "
                        + capped("select 1 from comment where status = 'PENDING' and flags <> '{}' "
                        + "and exists (select 1 from unnest(flags) f where f not like 'first-comment%')") + ", "
                        + capped("select 1 from comment where decided_by = (" + MY_ID + ") and decided_at >= :today")
                        + ", " + capped("select 1 from comment where decided_at >= :today and decided_by is not null")
                        + ", " + capped("select 1 from comment where decided_at >= :today and decided_by is null"), p,
                (rs, n) -> {
                    Instant oldest = instant(rs, 2);
                    return new ModeratorBoard(CappedCount.of(rs.getLong(1)),
                            oldest == null ? null : Duration.between(oldest, now).abs(), CappedCount.of(rs.getLong(3)),
                            CappedCount.of(rs.getLong(4)), CappedCount.of(rs.getLong(5)), CappedCount.of(rs.getLong(6)),
                            activity);
                });
    }

    /**
     * Time to decision per hour of the last 24 hours (median and 90th percentile) and decisions per moderator per
     * day of the last seven days: one statement each, both index-only scans of {@code comment_decision_time_idx}.
     */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public QueueHealth queueHealth() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
        var p = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(now.truncatedTo(ChronoUnit.HOURS).minus(23, ChronoUnit.HOURS)))
                .addValue("week", Timestamp.from(today.minusDays(6).atStartOfDay(zone.zoneId()).toInstant()))
                .addValue("zone", zone.zoneId().getId());
        List<QueueHealth.DecisionTimes> perHour = jdbc.query("""
                select date_trunc('hour', decided_at at time zone 'UTC') as h, count(*) as n,
                       percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from decided_at - created_at))
                from comment where decided_at >= :from and decided_by is not null
                group by 1 order by 1""", p,
                (rs, n) -> new QueueHealth.DecisionTimes(utc(rs.getObject(1, LocalDateTime.class)), rs.getLong(2),
                        seconds(rs.getDouble(3)), seconds(rs.getDouble(4))));
        List<QueueHealth.ModeratorDay> perModerator = jdbc.query("""
                select d.day, coalesce(u.display_name, u.username, '?'), d.n
                from (select (decided_at at time zone :zone)::date as day, decided_by, count(*) as n
                      from comment where decided_at >= :week and decided_by is not null
                      group by 1, 2) d
                left join app_user u on u.id = d.decided_by
                order by d.day desc, d.n desc, 2 limit 500""", p,
                (rs, n) -> new QueueHealth.ModeratorDay(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getLong(3)));
        return new QueueHealth(perHour, perModerator);
    }

    /** Accounts locked right now, failed logins of the last 24 hours and categories without articles. */
    @Transactional(readOnly = true)
    @AdminOnly
    public AdminBoard adminBoard() {
        Instant now = clock.instant();
        var p = new MapSqlParameterSource()
                .addValue("now", Timestamp.from(now))
                .addValue("since", Timestamp.from(now.minus(24, ChronoUnit.HOURS)))
                .addValue("cap", CAP_PLUS_ONE)
                .addValue("limit", NAMES_SHOWN);
        // Each list brings its count along (no row, no count: an empty list counts 0).
        List<String> locked = new ArrayList<>();
        long[] lockedCount = {0};
        jdbc.query("""
                select username, (select count(*) from app_user where locked_until > :now)
                from app_user where locked_until > :now order by locked_until desc limit :limit""", p,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    locked.add(rs.getString(1));
                    lockedCount[0] = rs.getLong(2);
                });
        CappedCount failed = CappedCount.of(jdbc.queryForObject("select " + capped("""
                select 1 from audit_event where action = 'LOGIN_FAILURE' and occurred_at > :since"""), p, Long.class));
        // The category tree is small (hundreds at most). First the categories that hold an article themselves (one
        // index probe on article_category_idx each), then every category that neither is one nor has one below it.
        // Joining the articles to the tree per category instead took 0.4 s per query at 100,000 articles.
        String empty = """
                from category c where not exists (
                    select 1 from category d
                    where (d.path = c.path or starts_with(d.path, c.path || '/'))
                      and exists (select 1 from article a where a.category_id = d.id))""";
        List<String> emptyCategories = new ArrayList<>();
        long[] emptyCount = {0};
        jdbc.query("with empty as (select c.path " + empty + ") "
                        + "select path, (select count(*) from empty) from empty order by path limit :limit", p,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    emptyCategories.add(rs.getString(1));
                    emptyCount[0] = rs.getLong(2);
                });
        return new AdminBoard(List.copyOf(locked), lockedCount[0], failed, List.copyOf(emptyCategories),
                emptyCount[0]);
    }

    private List<HourBucket> activity(Instant now) {
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(23, ChronoUnit.HOURS);
        var p = new MapSqlParameterSource("from", Timestamp.from(firstHour));
        Map<Instant, long[]> counts = new HashMap<>();
        // Received (0) and decided (1) per hour in one round trip, each part its own index range scan.
        jdbc.query("""
                select 0 as kind, date_trunc('hour', created_at at time zone 'UTC') as h, count(*) as n
                from comment where created_at >= :from group by 2
                union all
                select 1, date_trunc('hour', decided_at at time zone 'UTC'), count(*)
                from comment where decided_at >= :from group by 2""", p,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.computeIfAbsent(
                        utc(rs.getObject("h", LocalDateTime.class)), k -> new long[2])[rs.getInt("kind")] =
                        rs.getLong("n"));
        List<HourBucket> buckets = new ArrayList<>(24);
        for (int i = 0; i < 24; i++) {
            Instant hour = firstHour.plus(i, ChronoUnit.HOURS);
            long[] c = counts.getOrDefault(hour, new long[2]);
            buckets.add(new HourBucket(hour, c[0], c[1]));
        }
        return List.copyOf(buckets);
    }

    private ArticleList lateSchedules(MapSqlParameterSource p) {
        String where = """
                (a.status = 'SCHEDULED' and a.scheduled_at < :now)
                or (a.status = 'PUBLISHED' and a.published_late and a.published_at >= :today)""";
        return list(where, "case when a.status = 'SCHEDULED' then a.scheduled_at else a.published_at end",
                "item_at asc, a.id asc", p, """
                        select count(*) from (
                            (select 1 from article a where a.status = 'SCHEDULED' and a.scheduled_at < :now limit :cap)
                            union all
                            (select 1 from article a where a.status = 'PUBLISHED' and a.published_late
                                                       and a.published_at >= :today limit :cap)) s""");
    }

    /**
     * Articles in review and published articles whose next version is in review (status {@link
     * ArticleItem#NEXT_IN_REVIEW}, at the next version's last change): the few ids first, then their rows by key.
     */
    private ArticleList inReview(MapSqlParameterSource p) {
        String ids = """
                select r.id from article r where r.status = 'IN_REVIEW'
                union all
                select n.article_id from article_next_version n join article l on l.id = n.article_id
                where n.status = 'IN_REVIEW' and l.status = 'PUBLISHED'""";
        return list("a.id in (" + ids + ")", """
                        case when a.status = 'PUBLISHED' then (select n.updated_at from article_next_version n
                            where n.article_id = a.id) else a.updated_at end""",
                "item_at asc, a.id asc", p, "select count(*) from (" + ids + " limit :cap) s",
                "case when a.status = 'PUBLISHED' then '" + ArticleItem.NEXT_IN_REVIEW + "' else a.status end");
    }

    private ArticleList list(String where, String at, String orderBy, MapSqlParameterSource p) {
        return list(where, at, orderBy, p,
                "select count(*) from (select 1 from article a where " + where + " limit :cap) s");
    }

    private ArticleList list(String where, String at, String orderBy, MapSqlParameterSource p, String countSql) {
        return list(where, at, orderBy, p, countSql, "a.status");
    }

    // The list and its capped count in one statement: the count rides along as a column (no row: it is 0).
    private ArticleList list(String where, String at, String orderBy, MapSqlParameterSource p, String countSql,
                             String status) {
        long[] total = {0};
        List<ArticleItem> items = jdbc.query("select a.id, a.title, u.display_name, " + status + " as status, " + at + " as item_at, ("
                        + countSql + ") as total from article a join app_user u on u.id = a.author_id where " + where
                        + " order by " + orderBy + " limit :limit", p,
                (rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new ArticleItem(rs.getLong("id"), rs.getString("title"), rs.getString("display_name"),
                            rs.getString("status"), instant(rs, 5));
                });
        return new ArticleList(items, CappedCount.of(total[0]));
    }

    /** A scalar subquery counting {@code select}'s rows up to :cap. */
    private static String capped(String select) {
        return "(select count(*) from (" + select + " limit :cap) s)";
    }

    /**
     * The signed-in user's name, for {@link #MY_ID}: an authenticated principal without an account row (system jobs)
     * owns nothing, as the subquery then yields null.
     */
    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    /** The signed-in user's id inside a board's statement (not a statement of its own). */
    private static final String MY_ID = "select id from app_user where lower(username) = lower(:username)";

    private Instant startOfToday() {
        return LocalDate.now(clock.withZone(zone.zoneId())).atStartOfDay(zone.zoneId()).toInstant();
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000));
    }

    private static Instant utc(LocalDateTime hourInUtc) {
        return hourInUtc.toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
