package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.domain.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ArticlePresenceTest {

    @Autowired
    CurrentUser currentUser;
    @Autowired
    ArticlePeople people;

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void others_see_who_is_editing_since_when_until_the_heartbeat_stops() {
        ManualClock clock = new ManualClock();
        ArticlePresence presence = new ArticlePresence(currentUser, people, clock);
        Instant opened = clock.now;
        as("chefredaktion", () -> {
            presence.heartbeat(42L, "tab-1");
            return null;
        });
        assertThat(as("chefredaktion", () -> presence.others(42L))).as("not shown to oneself").isEmpty();
        assertThat(as("editor", () -> presence.others(42L))).singleElement()
                .satisfies(m -> assertThat(m.since()).isEqualTo(opened))
                .satisfies(m -> assertThat(m.displayName()).isNotBlank().isNotEqualTo("chefredaktion"));

        clock.now = opened.plus(Duration.ofSeconds(90));
        as("chefredaktion", () -> {
            presence.heartbeat(42L, "tab-1");
            return null;
        });
        clock.now = opened.plus(Duration.ofMinutes(3));
        assertThat(as("editor", () -> presence.others(42L))).as("heartbeat 90 s ago keeps the mark")
                .singleElement().satisfies(m -> assertThat(m.since()).isEqualTo(opened));

        clock.now = opened.plus(Duration.ofMinutes(4));
        assertThat(as("editor", () -> presence.others(42L))).as("expired without heartbeat").isEmpty();
    }

    @Autowired
    ArticlePresence presenceService;

    @Test
    void leaving_needs_no_signed_in_user_because_the_editor_closes_when_the_session_is_gone() {
        as("chefredaktion", () -> {
            presenceService.heartbeat(8L, "tab-expired");
            return null;
        });
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        org.assertj.core.api.Assertions.assertThatCode(() -> presenceService.leave(8L, "tab-expired"))
                .doesNotThrowAnyException();
        assertThat(as("editor", () -> presenceService.others(8L))).isEmpty();
    }

    @Test
    void closing_the_editor_removes_the_mark() {
        ArticlePresence presence = new ArticlePresence(currentUser, people, new ManualClock());
        as("chefredaktion", () -> {
            presence.heartbeat(7L, "tab-1");
            presence.leave(7L, "tab-1");
            return null;
        });
        assertThat(as("editor", () -> presence.others(7L))).isEmpty();
    }
}
