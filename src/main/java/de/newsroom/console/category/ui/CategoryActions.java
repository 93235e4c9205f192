package de.newsroom.console.category.ui;

import com.vaadin.flow.component.Component;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.category.CategoryException;
import java.util.function.Predicate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/** Runs a tree change and turns every refusal into a readable notification instead of an error page. */
final class CategoryActions {

    private CategoryActions() {
    }

    /** Runs {@code action}; on success shows {@code success} (if not null) and returns true. */
    static boolean attempt(Component owner, Runnable action, String success) {
        return attempt(owner, action, success, e -> false);
    }

    /**
     * As {@link #attempt(Component, Runnable, String)}, but a refusal that {@code shownAtField} places on a form field
     * (and so returns true for) gets no notification: in a dialog the error toast sits in the middle of the screen,
     * right over the field to correct.
     */
    static boolean attempt(Component owner, Runnable action, String success,
                           Predicate<CategoryException> shownAtField) {
        try {
            action.run();
        } catch (CategoryException e) {
            if (!shownAtField.test(e)) {
                Notifications.error(message(owner, e));
            }
            return false;
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            Notifications.error(owner.getTranslation("category.error.STALE", ""));
            return false;
        }
        if (success != null) {
            Notifications.success(success);
        }
        return true;
    }

    static String message(Component owner, CategoryException e) {
        return owner.getTranslation("category.error." + e.reason().name(), e.detail() == null ? "" : e.detail());
    }
}
