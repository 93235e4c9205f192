package de.newsroom.console.tag.ui;

import com.vaadin.flow.component.Component;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.tag.TagException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/** Runs a tag change and turns every refusal into a readable notification instead of an error page. */
final class TagActions {

    private TagActions() {
    }

    static boolean attempt(Component owner, Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                Notifications.success(success);
            }
            return true;
        } catch (TagException e) {
            Notifications.error(message(owner, e));
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            Notifications.error(owner.getTranslation("tag.error.STALE", ""));
        }
        return false;
    }

    static String message(Component owner, TagException e) {
        return owner.getTranslation("tag.error." + e.reason().name(), e.existing() == null ? "" : e.existing().name());
    }
}
