package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The toast after a decision, with an "Undo" button for a few seconds: long enough to notice a slip of the key,
 * short enough that the queue has moved on before anyone else acts on the comment.
 */
final class UndoNotice {

    static final int DURATION_MS = 8000;
    static final String UNDO_ID = "undo-decision";

    private UndoNotice() {
    }

    static Notification show(String text, String undoLabel, SerializableRunnable undo) {
        var notification = new Notification();
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        var message = new Span(text);
        var button = new Button(undoLabel, e -> {
            notification.close();
            undo.run();
        });
        button.setId(UNDO_ID);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        var content = new Div(message, button);
        content.addClassName("undo-notice");
        notification.add(content);
        notification.open();
        return notification;
    }
}
