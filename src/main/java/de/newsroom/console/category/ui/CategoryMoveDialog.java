package de.newsroom.console.category.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import de.newsroom.console.base.ui.EscapeCloses;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.function.Consumer;

/** Picks a new parent for a category; its own subtree is not offered (the service refuses it anyway). */
class CategoryMoveDialog extends Dialog {

    final ComboBox<CategoryNode> parent = new ComboBox<>();

    CategoryMoveDialog(CategoryService service, List<CategoryNode> nodes, CategoryNode node, Consumer<Long> afterMove) {
        setHeaderTitle(getTranslation("category.move.title", node.name()));
        addClassName("category-dialog");
        parent.setLabel(getTranslation("category.parent"));
        parent.setPlaceholder(getTranslation("category.toplevel"));
        parent.setHelperText(getTranslation("category.parent.help"));
        parent.setItems(CategoryDeleteDialog.outside(nodes, node));
        parent.setItemLabelGenerator(CategoryNode::displayPath);
        parent.setClearButtonVisible(true);
        parent.setWidthFull();
        parent.setId("category-move-parent");
        parent.setAutofocus(true);
        // Escape leaves the dialog with nothing moved, instead of clearing the field to the top level.
        EscapeCloses.apply(parent, this::close);
        nodes.stream().filter(n -> n.id().equals(node.parentId())).findFirst().ifPresent(parent::setValue);
        add(parent);

        var confirm = new Button(getTranslation("category.move"), e -> {
            Long target = parent.getValue() == null ? null : parent.getValue().id();
            if (CategoryActions.attempt(this, () -> service.move(node.id(), node.version(), target, null),
                    getTranslation("category.moved", node.name()))) {
                close();
                afterMove.accept(node.id());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("category-move-confirm");
        getFooter().add(new Button(getTranslation("category.cancel"), e -> close()), confirm);
    }
}
