package de.newsroom.console.tag.ui;

import de.newsroom.console.base.domain.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.tag.TagAdminService;
import de.newsroom.console.tag.TagSort;
import de.newsroom.console.tag.TagUsage;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Set;

/**
 * The tag vocabulary: a lazy grid with usage counts, searched and sorted in the database, with rename, merge of
 * several tags into one, and deletion of unused tags (one, or all at once after a confirmation; Delete on a used tag
 * says to merge it instead).
 */
@Route("tags")
@Menu(order = 30, title = "menu.tags", icon = "vaadin:tags")
@RolesAllowed(AppRoles.EDITOR)
class TagView extends Main implements HasDynamicTitle {

    private final transient TagAdminService admin;
    final TextField search = new TextField();
    final Grid<TagUsage> grid = new Grid<>();
    private final Button merge = button("tag.merge", VaadinIcon.COMPRESS_SQUARE, "tag-merge");
    private final Button rename = button("tag.rename", VaadinIcon.EDIT, "tag-rename");
    private final Button delete = button("tag.delete", VaadinIcon.TRASH, "tag-delete");

    /** The rename or merge dialog on screen, if any. */
    private Dialog dialog;

    TagView(TagAdminService admin) {
        this.admin = admin;
        addClassNames("view", "tag-view");
        search.setPlaceholder(getTranslation("tag.search"));
        search.setAriaLabel(getTranslation("tag.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("tag-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        merge.addClickListener(e -> openOnce(() -> new TagMergeDialog(admin, List.copyOf(selected()), this::changed)));
        rename.addClickListener(e -> openOnce(() -> new TagRenameDialog(admin, selected().iterator().next(),
                this::changed, this::showTag)));
        delete.addClickListener(e -> deleteOrExplain(selected().iterator().next()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var deleteUnused = button("tag.deleteUnused", VaadinIcon.ERASER, "tag-delete-unused");
        deleteUnused.addClickListener(e -> confirmDeleteUnused());

        var toolbar = new Div(search, merge, rename, delete, deleteUnused);
        toolbar.addClassName("tag-toolbar");
        add(new H1(getTranslation("menu.tags")), toolbar, configureGrid());
        updateButtons();
    }

    private Grid<TagUsage> configureGrid() {
        grid.setId("tag-grid");
        grid.setEmptyStateText(getTranslation("tag.empty"));
        grid.addClassName("tag-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        var name = grid.addColumn(TagUsage::name).setHeader(getTranslation("tag.name")).setKey("name")
                .setSortable(true).setFlexGrow(3);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(t -> numbers.format(t.usage())).setHeader(getTranslation("tag.usage")).setKey("usage")
                .setSortable(true).setFlexGrow(0).setWidth("10em").setTextAlign(ColumnTextAlign.END);
        grid.setItems(query -> admin.list(search.getValue(), sort(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> admin.count(search.getValue()));
        grid.sort(GridSortOrder.asc(name).build());
        // A click anywhere on a row ticks or unticks it, as the check box does: editors expect the row to react.
        grid.addItemClickListener(e -> {
            if (grid.getSelectedItems().contains(e.getItem())) {
                grid.deselect(e.getItem());
            } else {
                grid.select(e.getItem());
            }
        });
        grid.addSelectionListener(e -> updateButtons());
        return grid;
    }

    static TagSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return TagSort.NAME_ASC;
        }
        QuerySortOrder first = orders.getFirst();
        boolean asc = first.getDirection() == SortDirection.ASCENDING;
        if ("usage".equals(first.getSorted())) {
            return asc ? TagSort.USAGE_ASC : TagSort.USAGE_DESC;
        }
        return asc ? TagSort.NAME_ASC : TagSort.NAME_DESC;
    }

    /**
     * A used keyword cannot be deleted; the button still answers and says what to do instead. It used to be greyed
     * without a word: a disabled button shows no tooltip, and the editor was left guessing.
     */
    private void deleteOrExplain(TagUsage tag) {
        if (tag.usage() > 0) {
            Notifications.error(getTranslation("tag.error.IN_USE", tag.name()));
        } else {
            confirmDelete(tag);
        }
    }

    private void confirmDelete(TagUsage tag) {
        var dialog = new ConfirmDialog(getTranslation("tag.delete.title", tag.name()),
                getTranslation("tag.delete.text"), getTranslation("tag.delete"),
                e -> {
                    TagActions.attempt(this, () -> admin.delete(tag.id(), tag.version()),
                            getTranslation("tag.deleted", tag.name()));
                    changed();
                }, getTranslation("tag.cancel"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        CancelFirst.apply(dialog);
        dialog.setId("tag-delete-dialog");
        dialog.open();
    }

    private void confirmDeleteUnused() {
        int unused = admin.countUnused();
        if (unused == 0) {
            Notifications.info(getTranslation("tag.deleteUnused.none"));
            return;
        }
        var dialog = new ConfirmDialog(getTranslation("tag.deleteUnused.title", unused),
                getTranslation("tag.deleteUnused.text", unused), getTranslation("tag.deleteUnused"),
                e -> {
                    int[] deleted = new int[1];
                    TagActions.attempt(this, () -> deleted[0] = admin.deleteAllUnused(), null);
                    Notifications.success(getTranslation("tag.deleteUnused.done", deleted[0]));
                    changed();
                }, getTranslation("tag.cancel"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        CancelFirst.apply(dialog);
        dialog.setId("tag-delete-unused-dialog");
        dialog.open();
    }

    /**
     * After a rename, merge or deletion the selection is cleared, so the button that opened the dialog is disabled;
     * the focus, which was in the dialog, goes to the grid's row cell that Tab would reach, or to the search field when
     * no row is left (before: to the page's body, and a keyboard user had to find the way back through the menu and the
     * toolbar). The grid's own {@code focus()} does not take in the browser: its host is not focusable.
     */
    private void changed() {
        refresh();
        grid.getElement().executeJs("""
                const grid = this;
                setTimeout(() => {
                  const cell = grid.shadowRoot && grid.shadowRoot.querySelector('#items [tabindex="0"]');
                  const target = cell && cell.offsetWidth > 0 ? cell : $0;
                  target.focus();
                }, 0);""", search.getElement());
    }

    private void showTag(String name) {
        search.setValue(name);
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateButtons();
    }

    private Set<TagUsage> selected() {
        return grid.getSelectedItems();
    }

    private void updateButtons() {
        Set<TagUsage> sel = selected();
        merge.setEnabled(sel.size() >= 2);
        rename.setEnabled(sel.size() == 1);
        delete.setEnabled(sel.size() == 1);
    }

    private Button button(String key, VaadinIcon icon, String id) {
        var b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tags") + " · " + getTranslation("app.title");
    }

    /**
     * Opens the dialog unless one is open already: an Enter pressed twice on the toolbar button (the second before the
     * dialog's field took the focus) opened a second dialog on top of the first.
     */
    private void openOnce(java.util.function.Supplier<Dialog> dialog) {
        if (this.dialog != null && this.dialog.isOpened()) {
            return;
        }
        this.dialog = dialog.get();
        this.dialog.open();
    }

}
