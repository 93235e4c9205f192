package de.newsroom.console.category.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CategoryViewTest extends KaribuTest {

    @Autowired
    CategoryService service;

    @Autowired
    JdbcTemplate jdbc;

    CategoryNode root;
    CategoryNode child;
    CategoryNode grandchild;
    CategoryNode other;
    long article;

    @BeforeEach
    void aSmallTree() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        String u = UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.run(() -> {
            root = service.create(null, "Ansicht " + u, "Wurzel");
            child = service.create(root.id(), "Wirtschaft", null);
            grandchild = service.create(child.id(), "Energie", null);
            other = service.create(root.id(), "Politik", null);
        });
        var articles = new TaxonomyTestArticles(jdbc);
        articles.draft(grandchild.id(), "eins");
        article = articles.draft(child.id(), "zwei");
    }

    @Test
    void an_editor_cannot_open_the_category_tree() {
        login("editor", "EDITOR");
        assertThatThrownBy(() -> navigate("categories")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_admin_sees_the_tree_with_counts_that_include_descendants() {
        login("admin", "ADMIN");
        navigate("categories");
        TreeGrid<CategoryNode> grid = grid();

        assertThat(GridKt._getFormatted(grid.getColumnByKey("articles"), find(root.id()))).isEqualTo("2");
        assertThat(GridKt._getFormatted(grid.getColumnByKey("articles"), find(child.id()))).isEqualTo("2");
        assertThat(GridKt._getFormatted(grid.getColumnByKey("articles"), find(grandchild.id()))).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid.getColumnByKey("path"), find(grandchild.id())))
                .isEqualTo(root.path() + "/wirtschaft/energie");
    }

    @Test
    void a_category_is_created_through_the_dialog() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(other.id()));
        _click(_get(Button.class, spec -> spec.withId("category-new")));
        _get(TextField.class, spec -> spec.withId("category-name")).setValue("Bundestag");
        _click(_get(Button.class, spec -> spec.withId("category-save")));

        assertThat(service.tree()).anySatisfy(n -> {
            assertThat(n.path()).isEqualTo(root.path() + "/politik/bundestag");
            assertThat(n.parentId()).isEqualTo(other.id());
        });
    }

    /** Enter in the name field saves, as in the keyword rename dialog (before: Enter did nothing). */
    @Test
    void enter_in_the_name_field_saves_the_category() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(other.id()));
        _click(_get(Button.class, spec -> spec.withId("category-new")));
        TextField name = _get(TextField.class, spec -> spec.withId("category-name"));
        name.setValue("Landtag");

        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(name, com.vaadin.flow.component.Key.ENTER);

        assertThat(service.tree()).anySatisfy(n -> assertThat(n.path()).isEqualTo(root.path() + "/politik/landtag"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(CategoryFormDialog.class)).isEmpty();
    }

    /**
     * A name already used beside it is refused under the name field, not in an error toast: the toast sits in the
     * middle of the screen, over the dialog's name field on a phone. What was typed stays.
     */
    @Test
    void a_taken_name_is_refused_under_the_field_and_keeps_what_was_typed() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(root.id()));
        _click(_get(Button.class, spec -> spec.withId("category-new")));
        TextField name = _get(TextField.class, spec -> spec.withId("category-name"));
        name.setValue("Politik");
        var description = _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId("category-description"));
        description.setValue("Bund und Länder");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("category-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a category “Politik” at this place.");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(name.getValue()).isEqualTo("Politik");
        assertThat(description.getValue()).isEqualTo("Bund und Länder");
        assertThat(_get(CategoryFormDialog.class).isOpened()).isTrue();
    }

    @Test
    void a_name_without_letters_or_digits_is_refused_under_the_field() {
        login("admin", "ADMIN");
        navigate("categories");
        _click(_get(Button.class, spec -> spec.withId("category-new")));
        TextField name = _get(TextField.class, spec -> spec.withId("category-name"));
        name.setValue("!!!");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("category-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("A name needs 1 to 80 characters");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void moving_under_an_own_descendant_shows_a_clear_message() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(child.id()));
        _click(_get(Button.class, spec -> spec.withId("category-move")));
        @SuppressWarnings("unchecked")
        ComboBox<CategoryNode> parent = _get(ComboBox.class, spec -> spec.withId("category-move-parent"));
        // The picker does not offer the subtree; force it to check the service's refusal and the message.
        parent.setItems(service.tree());
        parent.setValue(find(grandchild.id()));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("category-move-confirm")));

        NotificationsKt.expectNotifications(
                "A category cannot move under itself or one of its subcategories (“Energie”).");
        assertThat(service.find(child.id()).orElseThrow().parentId()).isEqualTo(root.id());
    }

    @Test
    void dropping_a_row_onto_a_node_makes_it_a_child_and_between_rows_reorders() {
        login("admin", "ADMIN");
        navigate("categories");
        CategoryView view = _get(CategoryView.class);

        view.dropped(find(other.id()), find(child.id()), GridDropLocation.ON_TOP);
        assertThat(service.find(other.id()).orElseThrow().path()).isEqualTo(root.path() + "/wirtschaft/politik");

        view.dropped(find(other.id()), find(grandchild.id()), GridDropLocation.ABOVE);
        assertThat(service.tree().stream().filter(n -> child.id().equals(n.parentId())).map(CategoryNode::name))
                .containsExactly("Politik", "Energie");
    }

    @Test
    void the_up_and_down_buttons_reorder_siblings() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(other.id()));
        _click(_get(Button.class, spec -> spec.withId("category-up")));

        assertThat(service.tree().stream().filter(n -> root.id().equals(n.parentId())).map(CategoryNode::name))
                .containsExactly("Politik", "Wirtschaft");
    }

    @Test
    void deleting_a_category_with_content_asks_where_it_goes() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(child.id()));
        _click(_get(Button.class, spec -> spec.withId("category-delete")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<CategoryNode> target = _get(ComboBox.class, spec -> spec.withId("category-delete-target"));
        assertThat(target.getListDataView().getItems()).extracting(CategoryNode::id)
                .contains(root.id(), other.id()).doesNotContain(child.id(), grandchild.id());
        target.setValue(find(other.id()));
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(service.find(child.id())).isEmpty();
        assertThat(service.find(grandchild.id()).orElseThrow().path()).isEqualTo(root.path() + "/politik/energie");
        assertThat(new TaxonomyTestArticles(jdbc).categoryOf(article)).isEqualTo(other.id());
    }

    @Test
    void deleting_without_choosing_where_the_content_goes_says_so_under_the_choice() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(child.id()));
        _click(_get(Button.class, spec -> spec.withId("category-delete")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<CategoryNode> target = _get(ComboBox.class, spec -> spec.withId("category-delete-target"));
        NotificationsKt.clearNotifications();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo(
                "Choose where the articles and subcategories should go.");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(service.find(child.id())).isPresent();
    }

    @Test
    void deleting_an_empty_category_asks_with_the_cursor_on_cancel() {
        login("admin", "ADMIN");
        navigate("categories");
        grid().select(find(other.id()));
        _click(_get(Button.class, spec -> spec.withId("category-delete")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(service.find(other.id())).isEmpty();
    }

    /**
     * A category with articles and no subcategories says so in words ("und keine Unterrubriken", before "und 0 direkte
     * Unterrubriken"), and the cursor waits in the choice of where they go, not on the red Delete. The count of
     * articles says it includes the subcategories' only where there are any (before, "1 Artikel (mit Unterrubriken)
     * und keine Unterrubriken").
     */
    @Test
    void deleting_a_leaf_with_articles_says_no_subcategories_and_waits_in_the_choice() {
        login("admin", "ADMIN");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("categories");
        grid().select(find(grandchild.id()));
        _click(_get(Button.class, spec -> spec.withId("category-delete")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        String text = _get(dialog, com.vaadin.flow.component.html.Paragraph.class).getText();
        assertThat(text).startsWith("Diese Rubrik enthält 1 Artikel und keine Unterrubriken. Wählen Sie");
        @SuppressWarnings("unchecked")
        ComboBox<CategoryNode> target = _get(ComboBox.class, spec -> spec.withId("category-delete-target"));
        assertThat(target.isAutofocus()).isTrue();
    }

    @Test
    void deleting_a_category_with_a_subcategory_counts_its_articles_too() {
        login("admin", "ADMIN");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("categories");
        grid().select(find(child.id()));
        _click(_get(Button.class, spec -> spec.withId("category-delete")));
        String text = _get(_get(ConfirmDialog.class), com.vaadin.flow.component.html.Paragraph.class).getText();
        assertThat(text).startsWith(
                "Diese Rubrik hat eine direkte Unterrubrik und enthält mit allen Unterrubriken 2 Artikel. Wählen Sie");
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<CategoryNode> grid() {
        return _get(TreeGrid.class, spec -> spec.withId("category-grid"));
    }

    private CategoryNode find(Long id) {
        return grid().getTreeData().getRootItems().stream().flatMap(this::withDescendants)
                .filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private java.util.stream.Stream<CategoryNode> withDescendants(CategoryNode n) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(n),
                grid().getTreeData().getChildren(n).stream().flatMap(this::withDescendants));
    }
}
