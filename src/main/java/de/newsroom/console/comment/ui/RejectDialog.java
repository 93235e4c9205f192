package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.RejectReason;
import java.util.function.BiConsumer;

/** Asks for the reason of a rejection (a code plus free text, required for "other"). */
final class RejectDialog extends Dialog {

    final RadioButtonGroup<RejectReason> reason = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button confirm;

    RejectDialog(String title, BiConsumer<RejectReason, String> onConfirm) {
        setHeaderTitle(title);
        addClassName("reject-dialog");
        reason.setLabel(getTranslation("comment.reject.reason"));
        reason.setItems(RejectReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("comment.reason." + r.name()));
        // No reason is preselected: a rejection's reason is what the moderator chose, never a default.
        reason.setId("reject-reason");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        // The group itself cannot take the focus; its first option can (the autofocus property the other dialogs'
        // fields set): arrow keys choose a reason, Enter rejects. Focusing an option does not choose it.
        reason.getChildren().findFirst().ifPresent(first -> first.getElement().setProperty("autofocus", true));
        note.setLabel(getTranslation("comment.reject.note"));
        note.setMaxLength(CommentModerationService.NOTE_MAX);
        note.setWidthFull();
        note.setId("reject-note");
        add(reason, note);

        confirm = new Button(getTranslation("comment.reject.confirm"), e -> {
            String text = note.getValue() == null ? "" : note.getValue().strip();
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("comment.reject.reason.required"));
                return;
            }
            if (reason.getValue() == RejectReason.OTHER && text.isEmpty()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("comment.reject.note.required"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue(), text.isEmpty() ? null : text);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("reject-confirm");
        confirm.addClickShortcut(Key.ENTER).listenOn(reason);
        var cancel = new Button(getTranslation("comment.action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
