package de.newsroom.console.category.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.WhenLaidOut;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks before a category goes. When it has articles or subcategories, the dialog also asks where to move them; the
 * service then moves and deletes in one transaction.
 */
final class CategoryDeleteDialog {

    private CategoryDeleteDialog() {
    }

    static ConfirmDialog open(CategoryService service, List<CategoryNode> nodes, CategoryNode node, long articles,
                              Consumer<Long> afterDelete) {
        long children = nodes.stream().filter(n -> node.id().equals(n.parentId())).count();
        boolean needsTarget = articles > 0 || children > 0;
        var dialog = new ConfirmDialog();
        dialog.setId("category-delete-dialog");
        dialog.setHeader(dialog.getTranslation("category.delete.title", node.name()));
        var target = new ComboBox<CategoryNode>(dialog.getTranslation("category.delete.target"));
        target.setId("category-delete-target");
        var text = new Div();
        if (needsTarget) {
            text.add(new Paragraph(dialog.getTranslation("category.delete.needsTarget", articles, children)));
            target.setItems(outside(nodes, node));
            target.setItemLabelGenerator(CategoryNode::displayPath);
            target.setWidthFull();
            target.setRequired(true);
            // The one choice the dialog needs: the cursor waits there, not on the red Delete. The confirm dialog
            // focuses its button as it opens, so the field takes the focus a frame after it is laid out.
            target.setAutofocus(true);
            WhenLaidOut.run(target.getElement(), "true",
                    "requestAnimationFrame(() => requestAnimationFrame(() => el.focus()));");
            text.add(target);
        } else {
            text.add(new Paragraph(dialog.getTranslation("category.delete.empty")));
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("category.cancel"));
        if (!needsTarget) {
            // Nothing to choose: the cursor waits on Cancel, so an Enter out of habit deletes nothing.
            CancelFirst.apply(dialog);
        }
        dialog.setConfirmText(dialog.getTranslation("category.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (needsTarget && target.getValue() == null) {
                // Under the field, not as a toast: the error toast sits in the middle, right over this field.
                target.setErrorMessage(dialog.getTranslation("category.delete.chooseTarget"));
                target.setInvalid(true);
                dialog.open();
                return;
            }
            Long targetId = target.getValue() == null ? null : target.getValue().id();
            if (CategoryActions.attempt(dialog, () -> service.delete(node.id(), node.version(), targetId),
                    dialog.getTranslation("category.deleted", node.name()))) {
                afterDelete.accept(targetId);
            } else {
                afterDelete.accept(node.id());
            }
        });
        dialog.open();
        return dialog;
    }

    /** All nodes except {@code node} and its descendants: the places it may move to, or its content may go to. */
    static List<CategoryNode> outside(List<CategoryNode> nodes, CategoryNode node) {
        return nodes.stream().filter(n -> !n.id().equals(node.id()) && !n.path().startsWith(node.path() + "/"))
                .toList();
    }
}
