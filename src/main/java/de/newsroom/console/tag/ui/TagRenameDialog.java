package de.newsroom.console.tag.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.tag.TagAdminService;
import de.newsroom.console.tag.TagException;
import de.newsroom.console.tag.TagUsage;
import java.util.function.Consumer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/** Renames one tag; a name that folds onto another tag is refused, and that tag can be shown instead. */
class TagRenameDialog extends Dialog {

    final TextField name = new TextField();
    final Button showExisting = new Button();
    private String existingName;

    TagRenameDialog(TagAdminService admin, TagUsage tag, Runnable afterRename, Consumer<String> show) {
        setHeaderTitle(getTranslation("tag.rename.title", tag.name()));
        name.setLabel(getTranslation("tag.name"));
        name.setMaxLength(TextLimits.TAG_NAME);
        name.setValue(tag.name());
        name.setWidthFull();
        name.setId("tag-rename-name");
        name.setAutofocus(true);
        showExisting.setVisible(false);
        showExisting.setId("tag-show-existing");
        showExisting.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(name, showExisting);

        showExisting.addClickListener(click -> {
            close();
            show.accept(existingName);
        });
        var save = new Button(getTranslation("tag.rename"), e -> {
            try {
                admin.rename(tag.id(), tag.version(), name.getValue());
                Notifications.success(getTranslation("tag.renamed", name.getValue().strip()));
                close();
                afterRename.run();
            } catch (TagException ex) {
                name.setInvalid(true);
                name.setErrorMessage(TagActions.message(this, ex));
                boolean taken = ex.existing() != null && ex.reason() == TagException.Reason.NAME_TAKEN;
                existingName = taken ? ex.existing().name() : null;
                showExisting.setText(taken ? getTranslation("tag.showExisting", existingName) : "");
                showExisting.setVisible(taken);
            } catch (ConcurrencyFailureException | DataIntegrityViolationException ex) {
                Notifications.error(getTranslation("tag.error.STALE", ""));
                close();
                afterRename.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tag-rename-save");
        // Enter in the name renames, as in every one-field dialog (before, Enter did nothing).
        save.addClickShortcut(Key.ENTER).listenOn(name);
        getFooter().add(new Button(getTranslation("tag.cancel"), e -> close()), save);
    }
}
