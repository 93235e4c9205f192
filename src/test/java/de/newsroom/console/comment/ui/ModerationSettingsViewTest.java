package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.comment.rules.BlockedWord;
import de.newsroom.console.comment.intake.CommentIntakeService;
import de.newsroom.console.comment.intake.CommentSubmission;
import de.newsroom.console.base.demo.SystemAuthentication;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ModerationSettingsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        // Another Spring context started in this JVM (e.g. ExternalDatabaseTest) replaces the static strategy, while
        // method security here keeps using this context's strategy bean: put that one back.
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @Autowired
    CommentIntakeService intake;

    /** The blocked author's field says what to type for the chosen kind (before, a bare "Wert" for both). */
    @Test
    void the_blocked_author_field_is_named_after_the_chosen_kind() {
        login("admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("moderation/settings");
        ModerationSettingsView view = _get(ModerationSettingsView.class);
        assertThat(view.value.getLabel()).isEqualTo("E-Mail-Adresse");
        view.kind.setValue(de.newsroom.console.comment.rules.BlockedAuthor.Kind.NAME);
        assertThat(view.value.getLabel()).isEqualTo("Name, wie er über dem Kommentar steht");
        // The list's column names what it holds too (before: "Wert").
        assertThat(view.authors.getColumnByKey("blocked").getHeaderText()).isEqualTo("Gesperrt");
    }

    @Test
    void an_admin_adds_a_part_of_word_rule_with_an_exception_and_new_comments_are_flagged_by_it() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        ModerationSettingsView view = _get(ModerationSettingsView.class);
        // An empty rule list says so instead of showing bare column headers.
        assertThat(view.authors.getEmptyStateText()).isEqualTo("No author is blocked.");
        assertThat(view.words.getEmptyStateText()).isEqualTo("No blocked words yet. Add the first one above.");
        String word = "quark" + UUID.randomUUID().toString().substring(0, 4);
        view.word.setValue(word);
        view.exceptions.setValue("Magerquark" + word.substring(5) + "x");
        view.addWord.click();

        assertThat(view.word.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_word where word = ?", Integer.class,
                word)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COMMENT_RULE_ADDED' "
                + "and detail like ?", Integer.class, word + "%")).isEqualTo(1);

        String slug = "rules-" + UUID.randomUUID();
        jdbc.update("""
                insert into article (title, slug, author_id, status, comments_open, published_at)
                values ('Regeltest', ?, (select id from app_user where username = 'editor'), 'PUBLISHED', true, now())""",
                slug);
        var receipt = SystemAuthentication.call(() -> intake.submit(slug, new CommentSubmission("Leser", null,
                "Das ist doch Speise" + word + "!", null, null), "rules-" + UUID.randomUUID(), null, Locale.GERMAN));
        assertThat(jdbc.queryForList("select unnest(flags) from comment where id = ?", String.class, receipt.id()))
                .contains("blocked-word: " + word + " (in 'Speise" + word + "')");

        // A duplicate is refused with a message, not an error page.
        view.word.setValue(word.toUpperCase(Locale.ROOT));
        view.addWord.click();
        assertThat(view.word.isInvalid()).isTrue();
        assertThat(view.word.getErrorMessage()).isEqualTo("This entry exists already.");
    }

    @Test
    void an_admin_sets_the_report_threshold_out_of_range_values_are_refused_and_the_change_is_audited() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        ModerationSettingsView view = _get(ModerationSettingsView.class);
        assertThat(view.reportThreshold.getValue()).isEqualTo(3);
        try {
            view.reportThreshold.setValue(0);
            view.saveThreshold.click();
            assertThat(view.reportThreshold.isInvalid()).isTrue();
            assertThat(view.reportThreshold.getErrorMessage()).isEqualTo("Enter a number from 1 to 100.");

            view.reportThreshold.setValue(5);
            view.saveThreshold.click();
            assertThat(view.reportThreshold.isInvalid()).isFalse();
            assertThat(jdbc.queryForObject("select report_threshold from comment_moderation_setting", Integer.class))
                    .isEqualTo(5);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = "
                    + "'COMMENT_REPORT_THRESHOLD' and detail = '3 → 5'", Integer.class)).isEqualTo(1);
        } finally {
            jdbc.update("update comment_moderation_setting set report_threshold = 3");
        }
    }

    @Autowired
    de.newsroom.console.comment.rules.CommentSettingsService settings;

    @Test
    void lifting_an_author_block_asks_first_in_both_languages() {
        login("admin", "ADMIN");
        String name = "Sperrtest " + UUID.randomUUID().toString().substring(0, 6);
        var blocked = settings.addBlockedAuthor(de.newsroom.console.comment.rules.BlockedAuthor.Kind.NAME, name, null);
        navigate("moderation/settings");
        ModerationSettingsView view = _get(ModerationSettingsView.class);
        var confirm = view.confirmUnblock(blocked);
        // The cursor waits on Cancel, not on the red "Aufheben".
        assertThat(confirm.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(view.getTranslation("comment.settings.unblock.title", name)).isEqualTo("Sperre für „" + name + "“ aufheben?");
        assertThat(settings.blockedAuthors()).extracting(de.newsroom.console.comment.rules.BlockedAuthor::value)
                .contains(name);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(settings.blockedAuthors()).extracting(de.newsroom.console.comment.rules.BlockedAuthor::value)
                .doesNotContain(name);
        assertThat(view.authors.getListDataView().getItems().map(a -> a.value())).doesNotContain(name);
    }

    /**
     * Blocking a reader's client without a note stores none (before: the English "client of comment N", shown to German
     * admins); a row stored that way before reads "Kommentar N" in German.
     */
    @Test
    void a_blocked_client_stores_no_english_note_and_old_notes_read_in_german() {
        login("admin", "ADMIN");
        String slug = "block-note-" + UUID.randomUUID();
        long article = jdbc.queryForObject("""
                insert into article (title, slug, author_id, status, comments_open, published_at)
                values ('Sperrnotiz', ?, (select id from app_user where username = 'editor'), 'PUBLISHED', true, now())
                returning id""", Long.class, slug);
        long comment = jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, 'Kim', 'Text', 'PENDING', ?, now()) returning id""", Long.class, article, "client-" + slug);
        try {
            var blocked = settings.blockClientOf(comment, null);
            assertThat(blocked.note()).isNull();
            assertThat(jdbc.queryForObject("select note from comment_blocked_author where id = ?", String.class,
                    blocked.id())).isNull();

            jdbc.update("update comment_blocked_author set note = ? where id = ?", "client of comment " + comment,
                    blocked.id());
            UI.getCurrent().setLocale(Locale.GERMAN);
            navigate("moderation/settings");
            ModerationSettingsView view = _get(ModerationSettingsView.class);
            var row = view.authors.getListDataView().getItems().filter(a -> a.id().equals(blocked.id()))
                    .findFirst().orElseThrow();
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.authors.getColumnByKey("note"),
                    row)).isEqualTo("Kommentar " + comment);
            assertThat(view.note(new de.newsroom.console.comment.rules.BlockedAuthor(1L,
                    de.newsroom.console.comment.rules.BlockedAuthor.Kind.NAME, "x", "Beleidigt andere")))
                    .isEqualTo("Beleidigt andere");
        } finally {
            jdbc.update("delete from comment_blocked_author where value = ?", "client-" + slug);
            jdbc.update("delete from comment where article_id = ?", article);
            jdbc.update("delete from article where id = ?", article);
        }
    }

    @Test
    void the_seeded_rules_are_listed() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        ModerationSettingsView view = _get(ModerationSettingsView.class);
        assertThat(view.words.getListDataView().getItems().map(BlockedWord::word)).contains("idiot", "arsch");
    }

    @Test
    void the_rule_lists_wrap_so_a_phone_reads_every_exception_and_address() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        ModerationSettingsView view = _get(ModerationSettingsView.class);
        // Before: one line per cell, so "marsch, barsch, harsch" ended in "marsch, bars…" at 390 px.
        assertThat(view.words.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.authors.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.words.getColumnByKey("exceptions").getFlexGrow()).isGreaterThan(
                view.words.getColumns().getFirst().getFlexGrow());
        assertThat(view.words.getListDataView().getItems().filter(w -> w.word().equals("arsch"))
                .map(w -> String.join(", ", w.exceptions()))).containsExactly("marsch, barsch, harsch");
    }
}
