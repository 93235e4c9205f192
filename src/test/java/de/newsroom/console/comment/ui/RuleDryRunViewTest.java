package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.newsroom.console.KaribuTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RuleDryRunViewTest extends KaribuTest {

    private static final String ATTACK = "<img src=x onerror=alert(1)>";

    @Autowired
    JdbcTemplate jdbc;

    private final String word = "schnabel" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void removeRules() {
        jdbc.update("delete from comment_blocked_word where word like 'schnabel%'");
    }

    private long comment(String body) {
        String slug = "dry-" + UUID.randomUUID();
        return jdbc.queryForObject("""
                with a as (insert into article (title, slug, author_id, status, comments_open, published_at)
                           values ('Probelauf-Artikel', ?, (select id from app_user where username = 'editor'),
                                   'PUBLISHED', true, now()) returning id)
                insert into comment (article_id, author_name, body, status, client_hash)
                select id, 'Leser', ?, 'APPROVED', 'dry-ui' from a returning id""", Long.class, slug, body);
    }

    private ModerationSettingsView open() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        return _get(ModerationSettingsView.class);
    }

    @Test
    void the_dry_run_shows_counts_and_examples_with_the_match_marked_as_text_before_anything_is_saved() {
        long id = comment(ATTACK + " Du " + word + "!");
        ModerationSettingsView view = open();
        view.word.setValue(word);
        view.dryRunWord.click();

        assertThat(view.wordDryRun.isVisible()).isTrue();
        assertThat(view.wordDryRun.summary.getText()).isEqualTo("In the last 30 days this word would have flagged "
                + "1 comment not flagged so far (1 comment contains it in all).");
        var example = view.wordDryRun.newly.getElement().getChild(1);
        assertThat(example.getTextRecursively()).contains("Comment " + id + " under \"Probelauf-Artikel\":")
                .contains(ATTACK + " Du " + word + "!");
        // The reader's markup stays text: a text node, and the match in a mark element with its text set.
        var text = example.getChild(1);
        assertThat(text.getChild(0).isTextNode()).isTrue();
        assertThat(text.getChild(0).getText()).isEqualTo(ATTACK + " Du ");
        assertThat(text.getChild(1).getTag()).isEqualTo("mark");
        assertThat(text.getChild(1).getText()).isEqualTo(word);
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_word where word = ?", Integer.class,
                word)).isZero();

        view.word.setValue(" ");
        view.dryRunWord.click();
        assertThat(view.word.isInvalid()).isTrue();
        assertThat(view.wordDryRun.isVisible()).isFalse();
    }

    @Test
    void removing_a_word_asks_first_and_says_in_german_what_it_would_stop_flagging() {
        comment("Ach, " + word + ".");
        jdbc.update("insert into comment_blocked_word (word, whole_word, exceptions, created_by) "
                + "values (?, false, '{}', 'admin')", word);
        ModerationSettingsView view = open();
        UI.getCurrent().setLocale(Locale.GERMAN);
        int row = view.words.getListDataView().getItems().map(w -> w.word()).toList().indexOf(word);
        assertThat(row).isNotNegative();
        var remove = (com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(view.words, row, "remove");
        remove.click();

        ConfirmDialog dialog = _get(ConfirmDialog.class);
        DryRunPanel panel = _get(dialog, DryRunPanel.class);
        // One comment, one verb in the singular (before: "wären ... 1 Kommentar").
        assertThat(panel.summary.getText()).isEqualTo("In den letzten 30 Tagen wäre ohne dieses Wort 1 Kommentar "
                + "nicht mehr markiert worden (1 Kommentar enthält es).");
        // The cursor waits on Cancel, not on the red "Entfernen".
        assertThat(dialog.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_word where word = ?", Integer.class,
                word)).isOne();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_word where word = ?", Integer.class,
                word)).isZero();
    }

    /**
     * A word no comment of the period contains: the removal's question says so without a double negative (before:
     * "wären ohne dieses Wort keine Kommentare nicht mehr markiert worden (0 Kommentare enthalten es)", and in
     * English "no comment would no longer have been flagged").
     */
    @Test
    void removing_a_word_that_flagged_nothing_says_so_plainly_in_both_languages() {
        jdbc.update("insert into comment_blocked_word (word, whole_word, exceptions, created_by) "
                + "values (?, false, '{}', 'admin')", word);
        ModerationSettingsView view = open();
        int row = view.words.getListDataView().getItems().map(w -> w.word()).toList().indexOf(word);
        var remove = (com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(view.words, row, "remove");
        remove.click();
        DryRunPanel panel = _get(_get(ConfirmDialog.class), DryRunPanel.class);
        assertThat(panel.summary.getText()).isEqualTo("In the last 30 days, without this word every flagged comment "
                + "would still have been flagged (no comment contains it).");
        _get(ConfirmDialog.class).close();

        UI.getCurrent().setLocale(Locale.GERMAN);
        remove.click();
        // The last one opened (the English one is closed; whether Karibu still lists it does not matter here).
        var dialogs = com.github.mvysny.kaributesting.v10.LocatorJ._find(ConfirmDialog.class,
                spec -> spec.withId("settings-remove-confirm"));
        panel = _get(dialogs.getLast(), DryRunPanel.class);
        assertThat(panel.summary.getText()).isEqualTo("In den letzten 30 Tagen hätte ohne dieses Wort kein Kommentar "
                + "seine Markierung verloren (kein Kommentar enthält es).");
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_word where word = ?", Integer.class,
                word)).isOne();
    }

    @Test
    void the_threshold_dry_run_refuses_out_of_range_values() {
        ModerationSettingsView view = open();
        view.reportThreshold.setValue(0);
        view.dryRunThreshold.click();
        assertThat(view.reportThreshold.isInvalid()).isTrue();
        view.reportThreshold.setValue(2);
        view.dryRunThreshold.click();
        assertThat(view.thresholdDryRun.summary.getText()).startsWith("In the last 30 days this threshold would");
    }
}
