package de.newsroom.console.category.ui;

import com.vaadin.flow.component.Component;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.category.CategoryException;

/** Runs a tree change and turns every refusal into a readable notification instead of an error page. */
final class CategoryActions {

    private CategoryActions() {
    }

    /** Runs {@code action}; on success shows {@code success} (if not null) and returns true. */
    static boolean attempt(Component owner, Runnable action, String success) {
        return Notifications.attempt(action, success, CategoryException.class,
                e -> owner.getTranslation("category.error." + e.reason().name(), e.detail() == null ? "" : e.detail()),
                owner.getTranslation("category.error.STALE", ""));
    }
}
