package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import de.newsroom.console.base.domain.TextLimits;
import java.util.function.Function;

/**
 * Edits a comment's public text (e.g. to remove a phone number). {@code save} returns null when the text was taken,
 * else the translation key of what is wrong with it; the dialog stays open then.
 */
final class EditDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button save;

    EditDialog(String title, String body, Function<String, String> save) {
        setHeaderTitle(title);
        addClassName("edit-dialog");
        text.setLabel(getTranslation("comment.edit.text"));
        text.setHelperText(getTranslation("comment.edit.help"));
        text.setMaxLength(TextLimits.COMMENT_BODY);
        text.setValue(body);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setId("edit-text");
        text.setAutofocus(true);
        add(text);
        this.save = new Button(getTranslation("comment.edit.save"), e -> {
            String problem = save.apply(text.getValue());
            if (problem == null) {
                close();
            } else {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(problem));
            }
        });
        this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.save.setId("edit-save");
        var cancel = new Button(getTranslation("comment.action.cancel"), e -> close());
        getFooter().add(cancel, this.save);
        setWidth("min(40em, 95vw)");
    }
}
