package de.newsroom.console.tag.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.StateNode;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.tag.TagAdminService;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import de.newsroom.console.tag.TagUsage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TagViewTest extends KaribuTest {

    @Autowired
    TagService tags;

    @Autowired
    TagAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    String u;
    TagRef popular;
    TagRef rare;
    TagRef unused;

    @BeforeEach
    void someTags() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        u = "Q" + TaxonomyTestArticles.uniqueLetters();
        SystemAuthentication.run(() -> {
            popular = tags.findOrCreate("Energie " + u);
            rare = tags.findOrCreate("Strom " + u);
            unused = tags.findOrCreate("Leer " + u);
        });
        var articles = new TaxonomyTestArticles(jdbc);
        long a = articles.draft(null, "a");
        long b = articles.draft(null, "b");
        articles.tag(a, popular.id());
        articles.tag(b, popular.id());
        articles.tag(a, rare.id());
    }

    @Test
    void a_moderator_cannot_open_the_tags() {
        login("moderator", "MODERATOR");
        assertThatThrownBy(() -> navigate("tags")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void an_editor_searches_and_sorts_by_usage_in_the_lazy_grid() {
        Grid<TagUsage> grid = openSearched();

        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(TagUsage::name)
                .containsExactly("Energie " + u, "Leer " + u, "Strom " + u);
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("usage"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(TagUsage::usage).containsExactly(2L, 1L, 0L);
    }

    @Test
    void a_click_on_a_row_ticks_it_and_a_second_click_unticks_it() {
        Grid<TagUsage> grid = openSearched();

        GridKt._clickItem(grid, 0);
        assertThat(grid.getSelectedItems()).extracting(TagUsage::name).containsExactly("Energie " + u);
        assertThat(_get(Button.class, spec -> spec.withId("tag-rename")).isEnabled()).isTrue();
        GridKt._clickItem(grid, 2);
        assertThat(grid.getSelectedItems()).hasSize(2);
        GridKt._clickItem(grid, 0);
        assertThat(grid.getSelectedItems()).extracting(TagUsage::name).containsExactly("Strom " + u);
    }

    @Test
    void merging_two_selected_tags_keeps_the_chosen_one() {
        Grid<TagUsage> grid = openSearched();
        GridKt._fetch(grid, 0, 10).stream().filter(t -> !t.id().equals(unused.id())).forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId("tag-merge")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TagUsage> survivor = _get(RadioButtonGroup.class, spec -> spec.withId("tag-merge-survivor"));
        assertThat(survivor.getValue().id()).isEqualTo(popular.id());
        _click(_get(Button.class, spec -> spec.withId("tag-merge-confirm")));

        assertThat(tags.findExisting("Strom " + u)).contains(popular);
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(TagUsage::name).containsExactly("Energie " + u, "Leer " + u);
    }

    @Test
    void renaming_onto_an_existing_tag_points_to_that_tag() {
        TextField name = openRenameDialogFor(rare);
        name.setValue("ENERGIE" + u.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("tag-rename-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Energie " + u);
        Button show = _get(Button.class, spec -> spec.withId("tag-show-existing"));
        assertThat(show.isVisible()).isTrue();
        _click(show);
        assertThat(_get(TextField.class, spec -> spec.withId("tag-search")).getValue()).isEqualTo("Energie " + u);
    }

    /** Enter in the rename dialog's one field renames (before: Enter did nothing, the dialog stayed open). */
    @Test
    void enter_in_the_rename_field_renames() {
        TextField name = openRenameDialogFor(rare);
        name.setValue("Stromnetz " + u);
        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(name, com.vaadin.flow.component.Key.ENTER);

        assertThat(SystemAuthentication.call(() -> tags.findExisting("Stromnetz " + u)))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(rare.id()));
        assertThat(LocatorJ._find(TextField.class, spec -> spec.withId("tag-rename-name"))).isEmpty();
    }

    /**
     * A second activation of Rename before the dialog has the focus (Enter pressed twice on the toolbar button) opens
     * no second dialog on top of the first (before: two, found in the browser).
     */
    @Test
    void a_second_click_on_rename_opens_no_second_dialog() {
        openWithSelected(rare);
        Button rename = _get(Button.class, spec -> spec.withId("tag-rename"));
        _click(rename);
        // The browser's queued second click reaches the server before the client knows of the dialog.
        rename.click();

        assertThat(LocatorJ._find(TagRenameDialog.class)).hasSize(1);
    }

    /** Delete on a used keyword is not a grey button without a word: it says why not and what to do instead. */
    @Test
    void delete_on_a_used_tag_says_why_not_and_deletes_nothing() {
        openWithSelected(rare);
        Button delete = _get(Button.class, spec -> spec.withId("tag-delete"));
        assertThat(delete.isEnabled()).isTrue();
        NotificationsKt.clearNotifications();
        _click(delete);

        NotificationsKt.expectNotifications("“Strom " + u + "” is still on articles; merge it into another keyword instead.");
        assertThat(LocatorJ._find(ConfirmDialog.class)).isEmpty();
        assertThat(tags.findExisting("Strom " + u)).contains(rare);
    }

    @Test
    void an_unused_tag_is_deleted_after_a_confirmation_that_names_it() {
        openWithSelected(unused);
        _click(_get(Button.class, spec -> spec.withId("tag-delete")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("tag-delete-dialog"));
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Delete “Leer " + u + "”?");
        // It cannot be undone: the cursor waits on Cancel, not on the red Delete (CancelFirstBrowserIT checks the focus).
        assertThat(dialog.getElement().hasAttribute(CancelFirst.ATTRIBUTE)).isTrue();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(tags.findExisting("Leer " + u)).isEmpty();
    }

    @Test
    void all_unused_tags_go_after_a_confirmation() {
        login("editor", "EDITOR");
        navigate("tags");
        _click(_get(Button.class, spec -> spec.withId("tag-delete-unused")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("tag-delete-unused-dialog"));
        assertThat(dialog.getElement().hasAttribute(CancelFirst.ATTRIBUTE)).isTrue();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(tags.findExisting("Leer " + u)).isEmpty();
        assertThat(tags.findExisting("Strom " + u)).contains(rare);
    }

    /**
     * After a rename the selection is gone and Rename disabled: the focus goes to the grid, so a keyboard user goes on
     * from the rows (before: no focus call at all, the focus was left on the disabled button or the page's body).
     */
    @Test
    void after_a_rename_the_focus_goes_to_the_grid_not_the_disabled_rename_button() {
        openRenameDialogFor(rare).setValue("Stromtrasse " + u);
        Grid<TagUsage> grid = grid();
        // Button.click, not _click: Karibu's round trip after _click throws the pending JavaScript calls away.
        Button save = _get(Button.class, spec -> spec.withId("tag-rename-save"));
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        save.click();
        StateNode focused = lastFocused();

        assertThat(_get(Button.class, spec -> spec.withId("tag-rename")).isEnabled()).isFalse();
        assertThat(focused).isSameAs(grid.getElement().getNode());
    }

    /** The same after a merge: Merge is disabled once the merged keywords are gone. */
    @Test
    void after_a_merge_the_focus_goes_to_the_grid() {
        Grid<TagUsage> grid = openSearched();
        GridKt._fetch(grid, 0, 10).stream().filter(t -> !t.id().equals(unused.id())).forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId("tag-merge")));
        Button confirm = _get(Button.class, spec -> spec.withId("tag-merge-confirm"));
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        confirm.click();
        StateNode focused = lastFocused();

        assertThat(_get(Button.class, spec -> spec.withId("tag-merge")).isEnabled()).isFalse();
        assertThat(focused).isSameAs(grid.getElement().getNode());
    }

    /** The editor on the keywords page, searching this test's own keywords ({@code u}); returns the grid. */
    private Grid<TagUsage> openSearched() {
        login("editor", "EDITOR");
        navigate("tags");
        _get(TextField.class, spec -> spec.withId("tag-search")).setValue(u);
        return grid();
    }

    /** {@link #openSearched()} with {@code tag} ticked. */
    private Grid<TagUsage> openWithSelected(TagRef tag) {
        Grid<TagUsage> grid = openSearched();
        grid.select(GridKt._fetch(grid, 0, 10).stream().filter(t -> t.id().equals(tag.id())).findFirst()
                .orElseThrow());
        return grid;
    }

    /** {@link #openWithSelected} and a click on Rename; returns the rename dialog's name field. */
    private TextField openRenameDialogFor(TagRef tag) {
        openWithSelected(tag);
        _click(_get(Button.class, spec -> spec.withId("tag-rename")));
        return _get(TextField.class, spec -> spec.withId("tag-rename-name"));
    }

    /** The node of the last component that asked the browser for a focus() since the last dump, or null. */
    private static StateNode lastFocused() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains(".focus("))
                .reduce((first, second) -> second).map(i -> i.getOwner()).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Grid<TagUsage> grid() {
        return _get(Grid.class, spec -> spec.withId("tag-grid"));
    }
}
