package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleCorrections;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleNextVersions;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Korrektur veröffentlichen" in the editor: what goes live, the required note, its preview, the outcome. */
class CorrectionDialogTest extends KaribuTest {

    @Autowired ArticleEditing editing;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleCorrections corrections;
    @Autowired ArticleNextVersions nextVersions;
    @Autowired CategoryService categories;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Korrekturdialog");
        login("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private ArticleDetails published() {
        ArticleDetails saved = editing.save(complete("Live " + UUID.randomUUID(), category.id()));
        ArticleDetails review = workflow.transition(saved.id(), saved.version(), ArticleStatus.IN_REVIEW);
        return workflow.transition(review.id(), review.version(), ArticleStatus.PUBLISHED);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void a_correction_shows_what_goes_live_needs_a_note_and_goes_live_with_it() {
        ArticleDetails live = published();
        navigate("articles/" + live.id());
        // Nothing corrected in the form yet: the dialog does not open, the editor is told what to do.
        click("article-correction");
        assertThat(notificationTexts()).contains(
                "Berichtigen Sie zuerst den Text im Formular und veröffentlichen Sie ihn dann als Korrektur.");

        ArticleForm form = _get(ArticleEditorView.class).form();
        form.body.setValue("## Zwischenzeile\n\nErster Absatz, berichtigt.\n\nZweiter Absatz.");
        click("article-correction");

        CorrectionDialog dialog = _get(CorrectionDialog.class);
        assertThat(_get(dialog, Div.class, spec -> spec.withId("article-correction-changes")).getElement()
                .getTextRecursively()).contains("Erster Absatz, berichtigt.");
        // The note is required: publishing without it stores nothing and marks the field.
        click("article-correction-publish");
        TextArea note = _get(TextArea.class, spec -> spec.withId("article-correction-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo(
                "Bitte schreiben Sie den Korrekturvermerk, den Leserinnen und Leser sehen.");
        assertThat(corrections.of(live.id())).isEmpty();

        note.setValue("In einer früheren Fassung hieß es im ersten Absatz etwas anderes.");
        assertThat(_get(Span.class, spec -> spec.withId("article-correction-preview")).getText())
                .matches("Korrektur, \\d{1,2}\\. \\p{L}+ \\d{4}: In einer früheren Fassung hieß es im ersten "
                        + "Absatz etwas anderes\\.");
        click("article-correction-publish");

        assertThat(dialog.isOpened()).isFalse();
        ArticleDetails now = editing.find(live.id()).orElseThrow();
        assertThat(now.body()).contains("Erster Absatz, berichtigt.");
        assertThat(now.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(corrections.of(live.id())).singleElement().satisfies(c ->
                assertThat(c.note()).isEqualTo("In einer früheren Fassung hieß es im ersten Absatz etwas anderes."));
        assertThat(notificationTexts()).contains("Korrektur veröffentlicht: Der berichtigte Text und der Vermerk sind online.");
        // The form shows the live text again, with nothing unsaved.
        assertThat(form.binder.hasChanges()).isFalse();
    }

    @Test
    void a_new_version_is_started_from_the_live_text_and_opened_beside_it() {
        ArticleDetails live = published();
        navigate("articles/" + live.id());

        click("article-next-start");

        NextVersionView view = _get(NextVersionView.class);
        assertThat(view.form().title.getValue()).isEqualTo(live.title());
        assertThat(nextVersions.of(live.id())).isPresent();
        view.form().title.setValue("Zweite Fassung");
        click("next-move-in_review");
        assertThat(nextVersions.of(live.id()).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(nextVersions.of(live.id()).orElseThrow().draft().title()).isEqualTo("Zweite Fassung");
        // Readers still see the live title.
        assertThat(editing.find(live.id()).orElseThrow().title()).isEqualTo(live.title());

        navigate("articles/" + live.id());
        assertThat(_get(Button.class, spec -> spec.withId("article-next-open")).getText())
                .isEqualTo("Neue Fassung öffnen (In Prüfung)");
    }
}
