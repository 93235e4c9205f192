package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor's workflow bar: all missing fields marked and named, confirmation before going offline, clear outcomes. */
class WorkflowActionsTest extends KaribuTest {

    @Autowired
    ArticleEditing editing;

    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    CategoryService categories;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Ablauf");
        login("editor", "EDITOR");
    }

    private ArticleDetails inReview(ArticleDraft draft) {
        ArticleDetails saved = editing.save(draft);
        return workflow.transition(saved.id(), saved.version(), ArticleStatus.IN_REVIEW);
    }

    private ArticleDetails published() {
        ArticleDetails review = inReview(complete("Live " + UUID.randomUUID(), category.id()));
        return workflow.transition(review.id(), review.version(), ArticleStatus.PUBLISHED);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void publishing_an_incomplete_article_marks_every_missing_field_and_names_them_all_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ArticleDetails a = inReview(ArticleTestData.withLead(ArticleTestData.withBody(
                complete("Lücken " + UUID.randomUUID(), category.id()), ""), ""));
        navigate("articles/" + a.id());
        ArticleForm form = _get(ArticleEditorView.class).form();

        click("article-move-published");

        assertThat(form.lead.isInvalid()).isTrue();
        assertThat(form.lead.getErrorMessage()).isEqualTo("Zum Veröffentlichen fehlt der Vorspann.");
        assertThat(form.body.isInvalid()).isTrue();
        assertThat(form.body.getErrorMessage()).isEqualTo("Zum Veröffentlichen fehlt der Text.");
        assertThat(form.title.isInvalid()).isFalse();
        assertThat(form.category.isInvalid()).isFalse();
        assertThat(notificationTexts()).containsExactly("Zum Veröffentlichen fehlen: Vorspann, Text.");
        assertThat(editing.find(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);

        // Filling a field in clears its mark; the other stays until it is filled too.
        form.lead.setValue("Jetzt mit Vorspann.");
        assertThat(form.lead.isInvalid()).isFalse();
        assertThat(form.body.isInvalid()).isTrue();

        // Complete now: the form is saved first, the move goes through and the old refusal leaves the screen.
        form.body.setValue("Jetzt mit Text.");
        click("article-move-published");
        assertThat(editing.find(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(notificationTexts()).doesNotContain("Zum Veröffentlichen fehlen: Vorspann, Text.")
                .contains("Gespeichert.");
    }

    @Test
    void submitting_without_a_category_marks_the_category_in_english() {
        ArticleDetails a = editing.save(complete("Ohne Rubrik " + UUID.randomUUID(), null));
        navigate("articles/" + a.id());
        ArticleForm form = _get(ArticleEditorView.class).form();

        click("article-move-in_review");

        assertThat(form.category.isInvalid()).isTrue();
        assertThat(form.category.getErrorMessage()).isEqualTo("Please choose a category first.");
        assertThat(form.lead.isInvalid()).isFalse();
        assertThat(notificationTexts()).containsExactly("Review needs: Category.");
    }

    @Test
    void publishing_says_so_and_offers_the_reader_preview_in_a_new_tab() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ArticleDetails a = inReview(complete("Neu " + UUID.randomUUID(), category.id()));
        navigate("articles/" + a.id());

        click("article-move-published");

        assertThat(editing.find(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        Notification done = NotificationsKt.getNotifications().getFirst();
        assertThat(_find(done, Span.class)).extracting(Span::getText).contains("Veröffentlicht.");
        Anchor link = _get(done, Anchor.class);
        // The same words as the list's row link (before: "Auf der Seite ansehen" here, "Auf der Website" there).
        assertThat(link.getText()).isEqualTo("Auf der Website ansehen")
                .isEqualTo(link.getTranslation(Locale.GERMAN, "article.row.view"));
        assertThat(link.getHref()).isEqualTo("read/" + a.slug());
        assertThat(link.getTarget()).hasValue(AnchorTarget.BLANK.getValue());
        // The way to the live page stays in the bar while the article is published.
        Anchor inBar = _get(Anchor.class, spec -> spec.withId("article-view-on-site"));
        assertThat(inBar.getHref()).isEqualTo("read/" + a.slug());
        assertThat(notificationTexts()).doesNotContain("Gespeichert.");
    }

    @Test
    void archiving_a_live_article_asks_first_and_cancel_leaves_it_live() {
        ArticleDetails live = published();
        navigate("articles/" + live.id());

        click("article-move-archived");

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("article-take-down-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Take the article off the site?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains(live.title(), "readers can no longer open it");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Archive");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Cancel");
        assertThat(editing.find(live.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

        ConfirmDialogKt._fireCancel(confirm);
        assertThat(editing.find(live.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(_find(Anchor.class, spec -> spec.withId("article-view-on-site"))).hasSize(1);
    }

    @Test
    void archiving_after_confirmation_takes_it_down_and_says_so_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ArticleDetails live = published();
        navigate("articles/" + live.id());

        click("article-move-archived");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("article-take-down-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Artikel von der Seite nehmen?");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Archivieren");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Abbrechen");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(editing.find(live.id()).orElseThrow().status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(notificationTexts()).containsExactly("Archiviert: Der Artikel ist nicht mehr auf der Seite.");
        assertThat(_find(Anchor.class, spec -> spec.withId("article-view-on-site"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("article-move-draft"))).hasSize(1);
    }

    @Test
    void moves_that_keep_the_article_offline_go_through_at_once_and_name_the_outcome() {
        ArticleDetails a = editing.save(complete("Entwurf " + UUID.randomUUID(), category.id()));
        navigate("articles/" + a.id());

        click("article-move-in_review");

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(editing.find(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(notificationTexts()).containsExactly("Submitted for review.");
    }
}
