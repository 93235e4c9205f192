package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;

/**
 * The toast after a decision, with an "Undo" button for a few seconds: long enough to notice a slip of the key,
 * short enough that the queue has moved on before anyone else acts on the comment.
 * <p>
 * A moderator's single decisions share one toast ({@link #replace}): while it is open, the next decision changes its
 * text and what its Undo takes back and starts its time again. A new toast per key press (its elements created,
 * the old one's taken away, the card animated in) was work the browser did between two keys (issue 18).
 */
final class UndoNotice implements Serializable {

    static final int DURATION_MS = 8000;
    static final String UNDO_ID = "undo-decision";
    /** A toast this close to closing by itself in the browser is not reused: it may be gone before the text arrives. */
    private static final long REUSE_WITHIN_NANOS = (DURATION_MS - 1500) * 1_000_000L;

    private Notification notification;
    private Span message;
    private SerializableRunnable undo;
    private long shownAt;

    /**
     * Shows {@code text} with an Undo button that runs {@code undo}: in the toast already open for this moderator's
     * last decision (its time starts again), else in a new one.
     */
    void replace(String text, String undoLabel, SerializableRunnable undo) {
        this.undo = undo;
        long now = System.nanoTime();
        if (notification != null && notification.isOpened() && now - shownAt < REUSE_WITHIN_NANOS) {
            message.setText(text);
            // The browser's timer starts again when the duration changes (vaadin-notification's observer).
            notification.getElement().executeJs("this.duration = 0; this.duration = $0;", DURATION_MS);
        } else {
            if (notification != null) {
                // Gone at once, not after its closing animation: the new toast takes its place in the same answer.
                notification.close();
                notification.removeFromParent();
            }
            message = new Span(text);
            notification = open(message, undoLabel, () -> this.undo.run());
        }
        shownAt = now;
    }

    /**
     * Runs the Undo of this moderator's toast while it is still open, as its button would (the Z key); false when
     * no toast is open any more.
     */
    boolean undoOpen() {
        if (notification == null || !notification.isOpened() || undo == null) {
            return false;
        }
        notification.close();
        SerializableRunnable pending = undo;
        undo = null;
        pending.run();
        return true;
    }

    /** A toast of its own, e.g. for a bulk decision. */
    static Notification show(String text, String undoLabel, SerializableRunnable undo) {
        return open(new Span(text), undoLabel, undo);
    }

    private static Notification open(Span message, String undoLabel, SerializableRunnable undo) {
        var notification = new Notification();
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
