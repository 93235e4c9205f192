package de.newsroom.console.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Closes Vaadin sessions while the user's login and the application's services are still there, so that views'
 * detach listeners (presence, live-update registrations) run normally instead of failing into Vaadin's
 * "Error detaching closed UI".
 *
 * <p>Left alone, both ends go wrong. At shutdown Spring Boot destroys the beans first and stops Tomcat, which expires
 * the HTTP sessions and with them the Vaadin sessions, only afterwards. When a session times out, Tomcat unbinds the
 * Vaadin session after the HTTP session is already invalid, so the user's security context can no longer be read
 * from it. Here, shutdown closes every open Vaadin session after the graceful shutdown has drained the requests and
 * before the web server stops; an expiring HTTP session closes its Vaadin sessions from {@code sessionDestroyed},
 * while its attributes (and so the login) are still readable.
 */
@Component
class VaadinSessionCloser implements VaadinServiceInitListener, HttpSessionListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VaadinSessionCloser.class);

    private final Set<VaadinSession> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> open.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> open.remove(e.getSession()));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession http = event.getSession();
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession session && !session.hasLock()) {
                // A thread that holds the lock (a logout request) leaves the closing to Vaadin, as before.
                close(session);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List<VaadinSession> sessions = List.copyOf(open);
        sessions.forEach(VaadinSessionCloser::close);
        if (!sessions.isEmpty()) {
            log.info("Closed {} Vaadin session(s) before shutdown", sessions.size());
        }
    }

    /**
     * Runs Vaadin's own session destruction under the session lock: the queued destroy runs in this thread when the
     * lock is released, with the session current, so the security context is found in the HTTP session.
     */
    private static void close(VaadinSession session) {
        if (session.getService() == null) {
            return;
        }
        // fireSessionDestroy does nothing for a session that is already closed (it checks under the lock).
        try {
            session.accessSynchronously(() -> session.getService().fireSessionDestroy(session));
        } catch (RuntimeException e) {
            log.warn("Could not close a Vaadin session cleanly: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops after the graceful shutdown (which drains requests) and before the web server itself.
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 1;
    }
}
