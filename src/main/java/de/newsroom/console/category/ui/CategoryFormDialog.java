package de.newsroom.console.category.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.ui.EscapeCloses;
import de.newsroom.console.category.CategoryException;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Creates a category (under a chosen parent) or edits the name and description of an existing one. */
class CategoryFormDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<CategoryNode> parent = new ComboBox<>();

    /** Pass {@code editing} to edit it, or null to create a new category under {@code preselectedParent}. */
    CategoryFormDialog(CategoryService service, List<CategoryNode> nodes, CategoryNode preselectedParent,
                       CategoryNode editing, Consumer<Long> afterSave) {
        setHeaderTitle(editing == null ? getTranslation("category.new")
                : getTranslation("category.edit.title", editing.name()));
        addClassName("category-dialog");
        name.setLabel(getTranslation("category.name"));
        name.setMaxLength(TextLimits.CATEGORY_NAME);
        name.setRequired(true);
        name.setId("category-name");
        // The field one types into first, also when the parent is preselected above it.
        name.setAutofocus(true);
        description.setLabel(getTranslation("category.description"));
        description.setMaxLength(TextLimits.CATEGORY_DESCRIPTION);
        description.setId("category-description");
        parent.setLabel(getTranslation("category.parent"));
        parent.setPlaceholder(getTranslation("category.toplevel"));
        parent.setHelperText(getTranslation("category.parent.help"));
        parent.setItems(nodes);
        parent.setItemLabelGenerator(CategoryNode::displayPath);
        parent.setClearButtonVisible(true);
        parent.setId("category-parent");
        EscapeCloses.apply(parent, this::close);

        var form = new FormLayout();
        if (editing == null) {
            parent.setValue(preselectedParent);
            form.add(parent);
        } else {
            name.setValue(editing.name());
            description.setValue(Objects.toString(editing.description(), ""));
        }
        form.add(name, description);
        add(form);

        var save = new Button(getTranslation("category.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("category.error.INVALID_NAME", ""));
                return;
            }
            var saved = new AtomicReference<CategoryNode>();
            boolean ok = CategoryActions.attempt(this, () -> saved.set(editing == null
                    ? service.create(parent.getValue() == null ? null : parent.getValue().id(), name.getValue(),
                            description.getValue())
                    : service.update(editing.id(), editing.version(), name.getValue(), description.getValue())),
                    getTranslation("category.saved", name.getValue().strip()), this::showAtField);
            if (ok) {
                close();
                afterSave.accept(saved.get().id());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("category-save");
        // Enter in the name saves, as in the keyword rename dialog (before, Enter did nothing); the description is
        // a text area, where Enter starts a new line.
        save.addClickShortcut(Key.ENTER).listenOn(name);
        getFooter().add(new Button(getTranslation("category.cancel"), e -> close()), save);
    }

    /** A refusal about the name or the description is shown under that field; the others as a notification. */
    private boolean showAtField(CategoryException e) {
        HasValidation field = switch (e.reason()) {
            case INVALID_NAME, NAME_TAKEN -> name;
            case INVALID_DESCRIPTION -> description;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(CategoryActions.message(this, e));
        field.setInvalid(true);
        return true;
    }
}
