package de.newsroom.console.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own texts for a lost session, in the user's language. When the session is gone (idle timeout, a restarted
 * server, a dead node behind the load balancer) the page shows why, says that unsaved article text is kept, and a
 * click leads to the login page with {@code ?expired}, where {@link LoginView} repeats it. Without this the browser
 * silently reloaded into the login page. The page receives these texts when it loads, so they follow the session's
 * language, or the browser's before anyone chose one.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    SessionEndedMessages(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
        String contextPath = info.getRequest() == null ? "" : info.getRequest().getContextPath();
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(i18n.getTranslation("session.expired.caption", locale));
        messages.setSessionExpiredMessage(i18n.getTranslation("session.expired.message", locale));
        // Absolute: the browser resolves it against whatever view it was showing (/articles/42 -> /articles/login).
        messages.setSessionExpiredURL(contextPath + "/" + LoginView.ROUTE + "?" + LoginView.EXPIRED);
        messages.setInternalErrorCaption(i18n.getTranslation("session.internalError.caption", locale));
        messages.setInternalErrorMessage(i18n.getTranslation("session.internalError.message", locale));
        // Vaadin's other notices, English by default: cookies switched off, and a client out of step with the server.
        messages.setCookiesDisabledCaption(i18n.getTranslation("session.cookies.caption", locale));
        messages.setCookiesDisabledMessage(i18n.getTranslation("session.cookies.message", locale));
        messages.setCookiesDisabledNotificationEnabled(true);
        return messages;
    }
}
