package de.newsroom.console.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.provider.Query;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.article.ArticleDetails;
import de.newsroom.console.article.ArticleEditing;
import de.newsroom.console.article.ArticleListItem;
import de.newsroom.console.article.ArticleStatus;
import de.newsroom.console.article.ArticleTestData;
import de.newsroom.console.article.ArticleWorkflow;
import de.newsroom.console.article.Byline;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BylinesAndBulkViewTest extends KaribuTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    CategoryService categories;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Massenansicht");
    }

    @Test
    void a_new_article_starts_with_the_editor_in_the_byline_and_a_typed_agency_is_saved_after_it() {
        login("editor", "EDITOR");
        navigate("articles/new");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        assertThat(editor.form().bylines.getValue()).extracting(Byline::isAccount).containsExactly(true);
        Byline me = editor.form().bylines.getValue().iterator().next();

        editor.form().title.setValue("Mit Agentur " + UUID.randomUUID().toString().substring(0, 6));
        var chosen = new java.util.LinkedHashSet<>(editor.form().bylines.getValue());
        chosen.add(Byline.free("dpa"));
        editor.form().setBylines(chosen);
        _click(_get(Button.class, spec -> spec.withId("article-save")));

        assertThat(editor.form().binder.hasChanges()).isFalse();
        assertThat(editor.form().bylines.getValue()).containsExactly(me, Byline.free("dpa"));
    }

    @Test
    void an_empty_byline_is_refused_on_the_field_before_anything_is_saved() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Ohne Namen " + UUID.randomUUID(), category.id()));
        navigate("articles/" + a.id());
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.form().bylines.clear();
        _click(_get(Button.class, spec -> spec.withId("article-save")));

        assertThat(editor.form().bylines.isInvalid()).isTrue();
        assertThat(editing.find(a.id()).orElseThrow().version()).isEqualTo(a.version());
    }

    @Test
    void selecting_rows_shows_the_bulk_bar_with_the_count_and_trash_asks_first_naming_it() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Masse eins " + UUID.randomUUID(), category.id()));
        ArticleDetails b = editing.save(complete("Masse zwei " + UUID.randomUUID(), category.id()));
        com.vaadin.flow.component.UI.getCurrent().navigate("articles", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("category", String.valueOf(category.id()))));
        ArticleListView view = _get(ArticleListView.class);
        assertThat(view.bulkBar.isVisible()).isFalse();

        rows(view).forEach(view.grid::select);

        assertThat(view.bulkBar.isVisible()).isTrue();
        assertThat(view.bulkBar.count.getText()).isEqualTo("2 selected");
        _click(view.bulkBar.trash);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("article-bulk-confirm"));
        assertThat(confirm.getElement().getProperty("message")).contains("2 selected articles");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(editing.find(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.TRASHED);
        assertThat(editing.find(b.id()).orElseThrow().status()).isEqualTo(ArticleStatus.TRASHED);
        assertThat(view.bulkBar.isVisible()).isFalse();
    }

    @Test
    void on_a_phone_the_bulk_actions_open_from_one_button_and_close_with_the_selection() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        login("editor", "EDITOR");
        editing.save(complete("Telefon eins " + UUID.randomUUID(), category.id()));
        com.vaadin.flow.component.UI.getCurrent().navigate("articles", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("category", String.valueOf(category.id()))));
        ArticleListView view = _get(ArticleListView.class);
        rows(view).forEach(view.grid::select);

        BulkActionsBar bar = view.bulkBar;
        assertThat(bar.more.getText()).isEqualTo("Aktionen");
        assertThat(bar.hasClassName(BulkActionsBar.OPEN)).isFalse();
        assertThat(bar.more.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        _click(bar.more);
        assertThat(bar.hasClassName(BulkActionsBar.OPEN)).isTrue();
        assertThat(bar.more.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        // Cleared selection, bar gone: the next selection starts folded again.
        _click(bar.clear);
        assertThat(bar.isVisible()).isFalse();
        assertThat(bar.hasClassName(BulkActionsBar.OPEN)).isFalse();
    }

    @Test
    void a_bulk_move_to_a_category_skips_a_row_changed_since_it_was_shown() {
        login("editor", "EDITOR");
        CategoryNode target = ArticleTestData.category(categories, "Massenziel");
        ArticleDetails a = editing.save(complete("Verschieben eins " + UUID.randomUUID(), category.id()));
        ArticleDetails b = editing.save(complete("Verschieben zwei " + UUID.randomUUID(), category.id()));
        com.vaadin.flow.component.UI.getCurrent().navigate("articles", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("category", String.valueOf(category.id()))));
        ArticleListView view = _get(ArticleListView.class);
        rows(view).forEach(view.grid::select);
        editing.save(ArticleTestData.withLead(b.toDraft(), "inzwischen geändert"));

        view.bulkBar.category.setValue(target);
        _click(view.bulkBar.move);

        assertThat(editing.find(a.id()).orElseThrow().categoryId()).isEqualTo(target.id());
        assertThat(editing.find(b.id()).orElseThrow().categoryId()).isEqualTo(category.id());
    }

    @Test
    void quick_edit_sets_category_keywords_and_status_without_the_editor() {
        login("editor", "EDITOR");
        CategoryNode target = ArticleTestData.category(categories, "Schnellziel");
        ArticleDetails a = editing.save(complete("Schnell " + UUID.randomUUID(), category.id()));
        showCategory();
        ArticleListView view = _get(ArticleListView.class);
        ArticleListItem row = rows(view).getFirst();

        view.quickEdit(row);
        QuickEditDialog dialog = _get(QuickEditDialog.class);
        dialog.category.setValue(target);
        dialog.tags.setValue(java.util.Set.of(new de.newsroom.console.tag.TagRef(null, "Schnellwort")));
        dialog.status.setValue(ArticleStatus.IN_REVIEW);
        _click(dialog.save);

        ArticleDetails after = editing.find(a.id()).orElseThrow();
        assertThat(after.categoryId()).isEqualTo(target.id());
        assertThat(after.tagNames()).containsExactly("Schnellwort");
        assertThat(after.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void quick_edit_puts_the_cursor_in_its_first_field_and_schedule_says_what_its_button_does() {
        login("editor", "EDITOR");
        editing.save(complete("Fokus " + UUID.randomUUID(), category.id()));
        showCategory();
        ArticleListView view = _get(ArticleListView.class);

        view.quickEdit(rows(view).getFirst());
        assertThat(_get(QuickEditDialog.class).status.isAutofocus()).isTrue();
        var schedule = new ScheduleDialog(java.time.ZoneId.of("Europe/Berlin"), java.time.Instant.now(), when -> { });
        // Not the picker's autofocus, which opens a phone's full-screen calendar (the date's input is focused instead,
        // checked in Chromium: see docs/features/articles.md).
        assertThat(schedule.when.getElement().getProperty("autofocus", false)).isFalse();
        schedule.open();
        // The dialog's own button says what it does: no "…", nothing more is asked after it.
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("article-schedule-ok"))
                .getText()).isEqualTo("Schedule");
    }

    @Test
    void quick_edit_of_a_row_changed_since_it_was_shown_says_so_and_opens_nothing() {
        login("editor", "EDITOR");
        ArticleDetails a = editing.save(complete("Veraltet " + UUID.randomUUID(), category.id()));
        showCategory();
        ArticleListView view = _get(ArticleListView.class);
        ArticleListItem row = rows(view).getFirst();
        editing.save(ArticleTestData.withLead(a.toDraft(), "von jemand anderem"));

        view.quickEdit(row);

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(QuickEditDialog.class)).isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains("changed this article"));
    }

    private void showCategory() {
        com.vaadin.flow.component.UI.getCurrent().navigate("articles", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("category", String.valueOf(category.id()))));
    }

    private static List<ArticleListItem> rows(ArticleListView view) {
        return view.grid.getDataProvider().fetch(new Query<>(0, 200, null, null, null)).toList();
    }
}
