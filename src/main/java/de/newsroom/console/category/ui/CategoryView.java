package de.newsroom.console.category.ui;

import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.base.domain.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The category tree for admins: a TreeGrid with article counts (descendants included), create, edit, move, reorder
 * by drag and drop or with the up/down buttons (the keyboard alternative), and delete with re-assignment.
 */
@Route("categories")
@Menu(order = 40, title = "menu.categories", icon = "vaadin:file-tree")
@RolesAllowed(AppRoles.ADMIN)
class CategoryView extends Main implements HasDynamicTitle {

    private final transient CategoryService service;
    private final TreeGrid<CategoryNode> grid = new TreeGrid<>();
    private final Button edit = button("category.edit", VaadinIcon.EDIT, "category-edit");
    private final Button move = button("category.move", VaadinIcon.ARROWS_CROSS, "category-move");
    private final Button up = button("category.up", VaadinIcon.ARROW_UP, "category-up");
    private final Button down = button("category.down", VaadinIcon.ARROW_DOWN, "category-down");
    private final Button delete = button("category.delete", VaadinIcon.TRASH, "category-delete");
    private List<CategoryNode> nodes = List.of();
    private Map<Long, Long> counts = Map.of();
    private CategoryNode dragged;

    CategoryView(CategoryService service) {
        this.service = service;
        addClassNames("view", "category-view");
        var add = button("category.new", VaadinIcon.PLUS, "category-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new CategoryFormDialog(service, nodes, selected(), null, this::reload).open());
        edit.addClickListener(e -> new CategoryFormDialog(service, nodes, null, selected(), this::reload).open());
        move.addClickListener(e -> new CategoryMoveDialog(service, nodes, selected(), this::reload).open());
        up.addClickListener(e -> change(() -> service.moveUp(selected().id(), selected().version()), null));
        down.addClickListener(e -> change(() -> service.moveDown(selected().id(), selected().version()), null));
        delete.addClickListener(e -> CategoryDeleteDialog.open(service, nodes, selected(),
                counts.getOrDefault(selected().id(), 0L), this::reload));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);

        var toolbar = new Div(add, edit, move, up, down, delete);
        toolbar.addClassName("category-toolbar");
        add(new H1(getTranslation("menu.categories")), new Paragraph(getTranslation("category.intro")), toolbar,
                configureGrid());
        reload(null);
    }

    private TreeGrid<CategoryNode> configureGrid() {
        grid.setId("category-grid");
        grid.addClassName("category-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Not sortable: the tree shows the siblings' real order, which is what Up/Down and drag and drop change.
        grid.addHierarchyColumn(CategoryNode::name).setHeader(getTranslation("category.name")).setKey("name")
                .setSortable(false).setFlexGrow(2);
        grid.addColumn(CategoryNode::path).setHeader(getTranslation("category.path")).setKey("path").setFlexGrow(2);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(n -> numbers.format(counts.getOrDefault(n.id(), 0L)))
                .setHeader(getTranslation("category.articles")).setKey("articles").setFlexGrow(0).setWidth("9em")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(n -> Objects.toString(n.description(), "")).setHeader(getTranslation("category.description"))
                .setKey("description").setFlexGrow(3);
        PhoneColumns.hideOnPhones(this, List.of(grid.getColumnByKey("path"), grid.getColumnByKey("description")));
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons());
        // Enter on a focused row selects it, so that the toolbar's buttons act on it (the admin's first-hour sweep:
        // the Name column, where the keyboard lands, takes Space for folding the branch, so a row could be selected
        // from the keyboard only from another column; "Neue Rubrik" then had no parent and the rest stayed disabled).
        grid.getElement().addEventListener("keydown", e -> {
                    String key = e.getEventData().get("element.getEventContext(event).item?.key").asString();
                    java.util.Optional.ofNullable(grid.getDataCommunicator().getKeyMapper().get(key))
                            .ifPresent(grid.asSingleSelect()::setValue);
                }).setFilter("event.key === 'Enter' && element.getEventContext(event).section === 'body' "
                        + "&& !!element.getEventContext(event).item")
                .addEventData("element.getEventContext(event).item?.key");

        grid.setRowsDraggable(true);
        grid.addDragStartListener(e -> {
            dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst();
            grid.setDropMode(GridDropMode.ON_TOP_OR_BETWEEN);
        });
        grid.addDragEndListener(e -> {
            dragged = null;
            grid.setDropMode(null);
        });
        grid.addDropListener(e -> {
            CategoryNode node = dragged;
            e.getDropTargetItem().ifPresentOrElse(target -> dropped(node, target, e.getDropLocation()),
                    () -> dropped(node, null, GridDropLocation.EMPTY));
        });
        return grid;
    }

    /**
     * A row was dropped: onto a node makes it a child there, above or below a node places it beside that node,
     * on empty space moves it to the end of the top level.
     */
    void dropped(CategoryNode node, CategoryNode target, GridDropLocation location) {
        if (node == null || (target != null && node.id().equals(target.id()))) {
            return;
        }
        if (target == null || location == GridDropLocation.EMPTY) {
            change(() -> service.move(node.id(), node.version(), null, null), getTranslation("category.moved", node.name()));
        } else if (location == GridDropLocation.ON_TOP) {
            change(() -> service.move(node.id(), node.version(), target.id(), null),
                    getTranslation("category.moved", node.name()));
        } else {
            List<CategoryNode> siblings = nodes.stream().filter(n -> Objects.equals(n.parentId(), target.parentId()))
                    .filter(n -> !n.id().equals(node.id())).toList();
            int index = siblings.indexOf(target) + (location == GridDropLocation.BELOW ? 1 : 0);
            change(() -> service.move(node.id(), node.version(), target.parentId(), index),
                    getTranslation("category.moved", node.name()));
        }
    }

    private void change(Runnable action, String success) {
        Long keep = selected() == null ? null : selected().id();
        CategoryActions.attempt(this, action, success);
        reload(keep);
    }

    /** Reloads tree and counts, keeps everything expanded and re-selects {@code selectId} if it still exists. */
    void reload(Long selectId) {
        nodes = service.tree();
        counts = service.articleCounts();
        var data = new TreeData<CategoryNode>();
        Map<Long, CategoryNode> byId = new HashMap<>();
        for (CategoryNode n : nodes) {
            byId.put(n.id(), n);
            data.addItem(n.parentId() == null ? null : byId.get(n.parentId()), n);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        CategoryNode reselect = selectId == null ? null : byId.get(selectId);
        grid.asSingleSelect().setValue(reselect);
        updateButtons();
    }

    private CategoryNode selected() {
        return grid.asSingleSelect().getValue();
    }

    private void updateButtons() {
        boolean any = selected() != null;
        List.of(edit, move, up, down, delete).forEach(b -> b.setEnabled(any));
    }

    private Button button(String key, VaadinIcon icon, String id) {
        var b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.categories") + " · " + getTranslation("app.title");
    }
}
