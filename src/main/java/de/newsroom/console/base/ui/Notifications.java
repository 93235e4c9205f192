package de.newsroom.console.base.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Function;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * One look for the console's toasts: success short, errors long enough to read.
 * <p>
 * On a phone a view's actions may stand in a bar along the bottom edge (the editor's Save, the queue's decisions).
 * Such a bar is marked with {@link #bottomBar}; while one is on the page, every toast (these, and the ones views
 * build themselves, such as the queue's Undo) stands above it, never over it (app.css, "bottom-action-bar"). Before,
 * "Gespeichert." lay over Save for three seconds at 390 px, and the Undo toast over Approve/Reject/Spam.
 */
public final class Notifications {

    /** The class of a bar along the bottom edge on phones; toasts keep clear of it. */
    public static final String BOTTOM_BAR = "bottom-action-bar";

    private Notifications() {
    }

    /** Marks {@code bar} as a view's action bar along the bottom edge on phones: toasts stand above it. */
    public static <T extends HasStyle> T bottomBar(T bar) {
        bar.addClassName(BOTTOM_BAR);
        return bar;
    }

    public static Notification success(String text) {
        var n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        var n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    /**
     * Runs a change and turns its expected refusals into a readable notification instead of an error page: the
     * feature's own exception through {@code refusal}, a concurrent change that slipped past the version check
     * through {@code staleMessage}. Shows {@code success} (if not null) and returns true when the change went through.
     */
    public static <E extends RuntimeException> boolean attempt(Runnable action, String success, Class<E> refusalType,
                                                               Function<E, String> refusal, String staleMessage) {
        try {
            action.run();
            if (success != null) {
                success(success);
            }
            return true;
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            error(staleMessage);
        } catch (RuntimeException e) {
            if (!refusalType.isInstance(e)) {
                throw e;
            }
            error(refusal.apply(refusalType.cast(e)));
        }
        return false;
    }

    public static Notification info(String text) {
        return Notification.show(text, 4000, Notification.Position.BOTTOM_START);
    }
}
