package de.newsroom.console.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** One look for the console's toasts: success short, errors long enough to read. */
public final class Notifications {

    private Notifications() {
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

    public static Notification info(String text) {
        return Notification.show(text, 4000, Notification.Position.BOTTOM_START);
    }
}
