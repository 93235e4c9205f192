package de.newsroom.console.tag.ui;

import com.vaadin.flow.component.Component;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.tag.TagException;

/** Runs a tag change and turns every refusal into a readable notification instead of an error page. */
final class TagActions {

    private TagActions() {
    }

    static boolean attempt(Component owner, Runnable action, String success) {
        return Notifications.attempt(action, success, TagException.class, e -> message(owner, e),
                owner.getTranslation("tag.error.STALE", ""));
    }

    static String message(Component owner, TagException e) {
        return owner.getTranslation("tag.error." + e.reason().name(), e.existing() == null ? "" : e.existing().name());
    }
}
