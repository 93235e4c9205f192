package de.newsroom.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.ThrottledLog;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors in a view are logged with a short reference and shown to the user as a plain notification:
 * no stack trace reaches the browser, and the form the user was filling in stays as it was. When PostgreSQL cannot be
 * reached or does not answer, the user is told exactly that (their text is kept, try again) and the log gets one line
 * per kind of failure per interval, without a stack trace.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            String reference = UUID.randomUUID().toString().substring(0, 8);
            UI ui = UI.getCurrent();
            if (rootCause(cause) instanceof AccessDeniedException) {
                log.info("Access denied [{}]: {}", reference, rootCause(cause).getMessage());
                if (ui != null) {
                    Notifications.error(ui.getTranslation("error.denied"));
                }
                return;
            }
            if (DatabaseErrors.isTransient(cause)) {
                outage.warn(DatabaseErrors.kind(cause), "UI action failed, database unavailable ("
                        + DatabaseErrors.describe(cause) + ")");
                if (ui != null) {
                    Notifications.error(ui.getTranslation("error.database"));
                }
                return;
            }
            log.error("Unexpected UI error [{}]", reference, cause);
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.unexpected", reference));
            }
        }));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
