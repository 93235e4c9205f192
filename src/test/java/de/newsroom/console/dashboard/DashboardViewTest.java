package de.newsroom.console.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import de.newsroom.console.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardViewTest extends KaribuTest {

    // Another Spring context started in the same JVM (ExternalDatabaseTest) replaces the global strategy with its
    // own bean; this context's method security still reads the strategy bean it was built with.
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboard;

    private static boolean shown(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void an_editor_sees_the_editorial_desk_and_nothing_else() {
        long draft = jdbc.queryForObject("""
                insert into article (title, slug, author_id, status, updated_at)
                values ('Mein frischer Entwurf', 'mein-frischer-entwurf-' || gen_random_uuid(),
                        (select id from app_user where username = 'editor'), 'DRAFT', now() + interval '1 minute')
                returning id""", Long.class);
        login("editor", "EDITOR");
        navigate("");

        assertThat(shown("dashboard-editor")).isTrue();
        assertThat(shown("dashboard-moderation")).isFalse();
        assertThat(shown("dashboard-admin")).isFalse();
        assertThat(shown("dashboard-activity")).isFalse();
        for (String list : new String[] {"drafts", "review", "scheduled", "published", "late"}) {
            assertThat(shown("dashboard-editor-" + list)).as(list).isTrue();
        }
        Anchor link = _get(Anchor.class, spec -> spec.withText("Mein frischer Entwurf"));
        assertThat(link.getHref()).isEqualTo("articles/" + draft);
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Editorial desk")
                .doesNotContain("Comment moderation", "Administration");
    }

    @Test
    void a_moderator_sees_the_queue_figures_and_the_chart_and_nothing_else() {
        login("moderator", "MODERATOR");
        navigate("");

        assertThat(shown("dashboard-moderation")).isTrue();
        assertThat(shown("dashboard-editor")).isFalse();
        assertThat(shown("dashboard-admin")).isFalse();
        for (String tile : new String[] {"pending", "oldest", "flagged", "mine", "people", "automatic"}) {
            assertThat(shown("dashboard-moderation-" + tile)).as(tile).isTrue();
        }
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-moderation-queue")).getHref())
                .isEqualTo("moderation");
        assertThat(_get(Component.class, spec -> spec.withId("dashboard-activity")).getElement()
                .getChild(2).getChildCount()).isEqualTo(24);
    }

    @Test
    void an_admin_sees_every_part() {
        login("admin", "ADMIN");
        navigate("");
        assertThat(shown("dashboard-editor")).isTrue();
        assertThat(shown("dashboard-moderation")).isTrue();
        assertThat(shown("dashboard-admin")).isTrue();
        for (String panel : new String[] {"locked", "failed", "categories"}) {
            assertThat(shown("dashboard-admin-" + panel)).as(panel).isTrue();
        }
    }

    @Test
    void an_admin_follows_a_locked_account_from_the_dashboard_to_its_dialog() {
        String name = "gesperrt-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into app_user (username, display_name, password_hash, locked_until) "
                + "values (?, 'Gesperrte Person', 'x', timestamptz '2999-01-01 00:00+00')", name);
        try {
            login("admin", "ADMIN");
            navigate("");
            Anchor link = _get(Anchor.class, spec -> spec.withText(name));
            assertThat(link.getHref()).isEqualTo("users?account=" + name);
            assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                    .contains("audit?action=LOGIN_FAILURE", "categories");

            String[] href = link.getHref().split("\\?", 2);
            UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));
            var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.getHeaderTitle()).contains(name);
            assertThat(_find(com.vaadin.flow.component.textfield.TextField.class))
                    .extracting(com.vaadin.flow.component.textfield.TextField::getValue).contains("Gesperrte Person");
        } finally {
            jdbc.update("delete from app_user where username = ?", name);
        }
    }

    /**
     * The role cards lead to each role's work area (before: they looked like buttons and did nothing), and no heading
     * says the same word twice (before: the card "Redaktion", then the editor's section "Redaktion" below it).
     */
    @Test
    void each_role_card_links_to_its_work_area_and_no_heading_repeats_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withId("role-card-editor")).getHref()).isEqualTo("articles");
        assertThat(_get(Anchor.class, spec -> spec.withId("role-card-moderator")).getHref()).isEqualTo("moderation");
        assertThat(_get(Anchor.class, spec -> spec.withId("role-card-admin")).getHref()).isEqualTo("users");
        var headings = _find(H2.class).stream().map(H2::getText).toList();
        assertThat(headings).contains("Redaktion", "Artikel").doesNotHaveDuplicates();
    }

    /**
     * One entry to the queue, with its count (before: the Moderation card and the moderation part's "Zur
     * Moderationswarteschlange" both led there, neither said how many wait). The card is it on a desktop; the part's
     * link stands in on phones only, where the cards give way (dashboard.css, DashboardBrowserIT).
     */
    @Test
    void the_moderation_card_is_the_one_entry_to_the_queue_and_says_how_many_wait() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("moderator", "MODERATOR");
        navigate("");
        String pending = dashboard.moderatorBoard().pending().display();

        Anchor card = _get(Anchor.class, spec -> spec.withId("role-card-moderator"));
        assertThat(card.getHref()).isEqualTo("moderation");
        assertThat(_get(card, Span.class, spec -> spec.withId("role-card-moderator-pending")).getText())
                .isEqualTo(pending + " offen");
        Anchor phoneLink = _get(Anchor.class, spec -> spec.withId("dashboard-moderation-queue"));
        assertThat(phoneLink.getText()).isEqualTo("Zur Warteschlange (" + pending + " offen)");
        assertThat(phoneLink.getClassNames()).contains("dashboard-queue-link");
        assertThat(_find(Anchor.class)).filteredOn(a -> "moderation".equals(a.getHref())).hasSize(2);
    }

    @Test
    void the_dashboard_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("moderator", "MODERATOR");
        navigate("");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Kommentarmoderation");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Offene Kommentare");
    }

    @Test
    void todays_decisions_say_whether_people_or_the_system_took_them() {
        long articleId = jdbc.queryForObject("""
                insert into article (title, slug, author_id, status, published_at)
                values ('Automatik', 'automatik-' || gen_random_uuid(),
                        (select id from app_user where username = 'editor'), 'PUBLISHED', now())
                returning id""", Long.class);
        try {
            UI.getCurrent().setLocale(Locale.GERMAN);
            login("moderator", "MODERATOR");
            ModeratorBoard before = dashboard.moderatorBoard();
            // A blocked sender's comment, rejected on arrival: nobody decided it.
            jdbc.update("""
                    insert into comment (article_id, author_name, body, status, created_at, decided_at,
                                         decided_automatically)
                    values (?, 'Gesperrt', 'Abgewiesen', 'REJECTED', now(), now(), 'BLOCKED_AUTHOR')""", articleId);
            navigate("");

            assertThat(figure("automatic")).isEqualTo(before.decidedTodayAutomatically().value() + 1);
            assertThat(figure("people")).isEqualTo(before.decidedTodayByPeople().value());
            assertThat(_find(Span.class)).extracting(Span::getText)
                    .contains("Heute von der Moderation entschieden", "Heute automatisch entschieden")
                    .doesNotContain("Heute von allen entschieden");
        } finally {
            jdbc.update("delete from comment where article_id = ?", articleId);
            jdbc.update("delete from article where id = ?", articleId);
        }
    }

    private static long figure(String tile) {
        String text = _get(Span.class, spec -> spec.withId("dashboard-moderation-" + tile)).getText();
        return text.endsWith("+") ? 1000 : Long.parseLong(text);
    }
}
