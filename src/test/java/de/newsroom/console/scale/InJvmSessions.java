package de.newsroom.console.scale;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServletService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many Karibu sessions, each with one UI, open at the same time on this thread, all served by one mocked Spring
 * servlet. Karibu keeps only the latest session and UI in its thread-locals; this class keeps strong references to
 * every session, UI, request and response it opened (Vaadin itself references them only softly) and makes one
 * current again when it needs it. Closing a session goes the way an expired HTTP session does in a servlet container:
 * {@link VaadinService#fireSessionDestroy}, which closes and detaches its UI, then removes it.
 */
final class InJvmSessions implements AutoCloseable {

    /** A test-only route with nothing in it, shown in the same {@link MainLayout} as the real views. */
    static final String EMPTY_ROUTE = "bench-empty";

    /** Everything one open browser tab costs the server here. */
    record Open(VaadinSession session, UI ui, VaadinRequest request, VaadinResponse response) {
    }

    @PermitAll
    static final class EmptyView extends com.vaadin.flow.component.html.Main {
    }

    static {
        // Vaadin's development mode keeps two stack traces per component for its dev tools (ComponentTracker), about
        // 1 MB per UI here, dropped only lazily; production mode has no tracker, so neither does this measurement.
        // Read once per JVM, at the first component created.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private final Function0<UI> uiFactory = UI::new;
    private final BenchServlet servlet;
    private final List<Open> open = new ArrayList<>();

    InJvmSessions(ApplicationContext ctx) {
        this.servlet = new BenchServlet(KaribuTest.discoverRoutes(), ctx, uiFactory);
    }

    /** Opens a new session with one UI as {@code username}, navigates to {@code location} and leaves it current. */
    Open open(String username, Set<String> roles, String location) {
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.GERMAN);
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().navigate(location);
        MockVaadin.clientRoundtrip(false);
        respond(UI.getCurrent());
        var opened = new Open(VaadinSession.getCurrent(), UI.getCurrent(), VaadinRequest.getCurrent(),
                VaadinResponse.getCurrent());
        open.add(opened);
        return opened;
    }

    /**
     * Writes the response to the browser the way a real request ends: Vaadin collects the UI's pending changes into
     * the UIDL message (after which it treats the client as up to date) and runs the work scheduled before it.
     * Karibu alone never does this, so changes would pile up and the grid would resend everything every time.
     */
    static String respond(UI ui) {
        return new UidlWriter().createUidl(ui, false).toString();
    }

    /** Makes {@code o} the current session and UI of this thread, as a request for it would. */
    void activate(Open o) {
        VaadinService.setCurrent(servlet.getService());
        CurrentInstance.set(VaadinRequest.class, o.request());
        CurrentInstance.set(VaadinResponse.class, o.response());
        CurrentInstance.setCurrent(o.ui());
    }

    int size() {
        return open.size();
    }

    /** Closes every open session (UI detached and removed, session destroyed) and forgets it. */
    void closeAll() {
        for (Open o : open) {
            activate(o);
            servlet.getService().fireSessionDestroy(o.session());
            // The service destroys the session inside session.access(): run that now, as the unlock of a request would.
            MockVaadin.runUIQueue(false, o.session());
        }
        open.clear();
        CurrentInstance.clearAll();
    }

    @Override
    public void close() {
        closeAll();
        // Clears Karibu's own thread-locals (they still point at the last session created) and the service.
        VaadinService.setCurrent(servlet.getService());
        MockVaadin.tearDown();
    }

    /** Karibu's Spring servlet, plus the empty route, with sessions that simply close when destroyed. */
    private static final class BenchServlet extends MockSpringServlet {

        BenchServlet(Routes routes, ApplicationContext ctx, Function0<UI> uiFactory) {
            super(routes, ctx, uiFactory);
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            // Karibu's session re-creates a fresh session when closed (to simulate a log-out and reload); here a
            // closed session must stay closed.
            var service = new MockSpringServletService(this, configuration, ctx, uiFactory) {
                @Override
                protected VaadinSession createVaadinSession(VaadinRequest request) {
                    return new VaadinSession(this);
                }
            };
            service.init();
            routes.register((VaadinServletContext) service.getContext());
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(service.getContext()))
                    .setRoute(EMPTY_ROUTE, EmptyView.class, List.of(MainLayout.class));
            return service;
        }
    }
}
