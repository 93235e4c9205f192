package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.surge.SurgeEvaluator;
import de.newsroom.console.comment.surge.SurgePolicy;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SurgeBannerTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurgeEvaluator evaluator;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void switchOff() {
        jdbc.update("update comment_moderation_setting set surge_enabled = false, surge_pending = 500, "
                + "surge_policy = 'HOLD_ALL'");
        evaluator.evaluate();
    }

    private void surge(boolean on) {
        if (on) {
            var article = CommentTestData.publishedArticle(jdbc);
            CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Wartet auf Prüfung");
        }
        jdbc.update("update comment_moderation_setting set surge_enabled = ?, surge_pending = 1, "
                + "surge_policy = 'HOLD_ALL', surge_lift_minutes = 0", on);
        evaluator.evaluate();
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void the_queue_announces_the_surge_guard_live_in_german_and_takes_the_banner_down_when_it_lifts() {
        login("mod", "MODERATOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        assertThat(view.surgeBanner.isVisible()).isFalse();

        surge(true);
        assertThat(view.surgeBanner.isVisible()).isTrue();
        assertThat(view.surgeBanner.getText()).startsWith("Ansturm-Schutz aktiv seit ")
                .containsPattern("seit \\d{1,2}:\\d{2}: [\\d.]+ wartende? Kommentare?")
                .endsWith("– neue Kommentare werden zurückgehalten");
        assertThat(view.surgeBanner.getElement().getAttribute("role")).isEqualTo("status");

        surge(false);
        assertThat(view.surgeBanner.isVisible()).isFalse();
    }

    @Test
    void the_moderators_dashboard_shows_the_active_guard_in_english() {
        surge(true);
        login("moderator", "MODERATOR");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("");
        var banners = com.github.mvysny.kaributesting.v10.LocatorJ._find(SurgeBanner.class);
        assertThat(banners).singleElement().satisfies(b -> {
            assertThat(b.getId()).contains("dashboard-surge-banner");
            assertThat(b.isVisible()).isTrue();
            assertThat(b.getText()).startsWith("Surge guard active since ").contains("pending comment")
                    .endsWith("new comments are held back");
        });
    }

    @Test
    void an_admin_sets_the_guard_up_on_the_rules_page_and_an_out_of_range_value_is_marked() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        SurgeSettingsForm form = _get(ModerationSettingsView.class).surge;
        assertThat(form.enabled.getValue()).isFalse();
        assertThat(form.hotArticles.isVisible()).isFalse();

        form.pending.setValue(0);
        form.save.click();
        assertThat(form.pending.isInvalid()).isTrue();

        form.enabled.setValue(true);
        form.pending.setValue(800);
        // Short options that fit a phone; what the chosen one does stands under the field.
        assertThat(form.policy.getHelperText())
                .isEqualTo("New comments are flagged and held back; readers are told that review takes longer.");
        form.policy.setValue(SurgePolicy.CLOSE_HOT_ARTICLES);
        assertThat(form.policy.getHelperText()).isEqualTo("Comments on the most commented articles are closed for now.");
        assertThat(form.policy.getItemLabelGenerator().apply(SurgePolicy.CLOSE_HOT_ARTICLES))
                .isEqualTo("Close the most commented articles");
        assertThat(form.hotArticles.isVisible()).isTrue();
        form.hotArticles.setValue(5);
        form.save.click();
        assertThat(form.pending.isInvalid()).isFalse();
        assertThat(jdbc.queryForMap("select surge_enabled, surge_pending, surge_policy, surge_hot_articles "
                + "from comment_moderation_setting")).containsEntry("surge_enabled", true)
                .containsEntry("surge_pending", 800).containsEntry("surge_policy", "CLOSE_HOT_ARTICLES")
                .containsEntry("surge_hot_articles", 5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COMMENT_SURGE_SETTINGS' "
                + "and actor = 'admin' and detail like '%→ on, pending 800%'", Integer.class)).isEqualTo(1);
        jdbc.update("update comment_moderation_setting set surge_hot_articles = 3");
    }
}
