package de.newsroom.console.category.ui;

import com.vaadin.flow.component.Component;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.category.CategoryException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/** Runs a tree change and turns every refusal into a readable notification instead of an error page. */
final class CategoryActions {

    private CategoryActions() {
    }

    /** Runs {@code action}; on success shows {@code success} (if not null) and returns true. */
    static boolean attempt(Component owner, Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                Notifications.success(success);
            }
            return true;
        } catch (CategoryException e) {
            Notifications.error(owner.getTranslation("category.error." + e.reason().name(),
                    e.detail() == null ? "" : e.detail()));
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            // A concurrent change slipped past the version check (e.g. a sibling renamed at the same instant).
            Notifications.error(owner.getTranslation("category.error.STALE", ""));
        }
        return false;
    }
}
