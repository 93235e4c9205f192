package de.newsroom.console.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Section;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.base.domain.NewsroomZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class QueueHealthTest extends KaribuTest {

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
    }

    @Autowired DashboardService dashboard;
    @Autowired JdbcTemplate jdbc;
    @Autowired NewsroomZone zone;

    @Test
    void median_and_p90_per_hour_and_decisions_per_moderator_per_day_in_one_statement_each() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long articleId = jdbc.queryForObject("insert into article (title, slug, author_id, status) values (?, ?, "
                + "(select id from app_user where username = 'editor'), 'PUBLISHED') returning id", Long.class,
                "Gesundheit " + run, "gesundheit-" + run);
        // An hour nobody else's test decides in: 20 hours ago.
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(20, ChronoUnit.HOURS);
        Instant decidedAt = hour.plus(30, ChronoUnit.MINUTES);
        LocalDate day = LocalDate.ofInstant(decidedAt, zone.zoneId());
        login("moderator", "MODERATOR");
        long before = adminOn(dashboard.queueHealth(), day);
        try {
            // Ten decisions by the admin that took 1 to 10 minutes, and one automatic one that is left out.
            jdbc.update("""
                    insert into comment (article_id, author_name, body, status, created_at, decided_at, decided_by)
                    select ?, 'Leser', 'Kommentar ' || g, 'APPROVED', ?::timestamptz - g * interval '1 minute',
                           ?::timestamptz, (select id from app_user where username = 'admin')
                    from generate_series(1, 10) g""", articleId, decidedAt.toString(), decidedAt.toString());
            jdbc.update("""
                    insert into comment (article_id, author_name, body, status, reject_reason, created_at, decided_at)
                    values (?, 'Spam', 'Spam', 'REJECTED', 'SPAM', ?::timestamptz - interval '5 hours', ?::timestamptz)""",
                    articleId, decidedAt.toString(), decidedAt.toString());

            var counted = StatementCounter.count(() -> dashboard.queueHealth());
            QueueHealth health = counted.result();

            assertThat(counted.count()).isEqualTo(2);
            var bucket = health.perHour().stream().filter(h -> h.hourStart().equals(hour)).findFirst().orElseThrow();
            assertThat(bucket.decided()).isEqualTo(10);
            assertThat(bucket.median()).isEqualTo(Duration.ofSeconds(330));
            assertThat(bucket.p90()).isEqualTo(Duration.ofSeconds(546));
            assertThat(health.perHour()).hasSizeLessThanOrEqualTo(24);
            assertThat(adminOn(health, day)).isEqualTo(before + 10);
        } finally {
            jdbc.update("delete from comment where article_id = ?", articleId);
            jdbc.update("delete from article where id = ?", articleId);
        }
    }

    private static long adminOn(QueueHealth health, LocalDate day) {
        return health.perModeratorDay().stream().filter(m -> m.day().equals(day) && m.moderator().contains("Admin"))
                .mapToLong(QueueHealth.ModeratorDay::decided).sum();
    }

    @Test
    void editors_do_not_see_queue_health_and_moderators_see_it_on_the_dashboard() {
        login("editor", "EDITOR");
        assertThatThrownBy(() -> dashboard.queueHealth()).isInstanceOf(AccessDeniedException.class);
        login("moderator", "MODERATOR");
        navigate("");
        assertThat(_get(Section.class, spec -> spec.withId("dashboard-queue-health"))).isNotNull();
    }
}
