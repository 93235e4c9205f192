package de.newsroom.console;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests: the real views, services and PostgreSQL, with Karibu's mocked Vaadin environment.
 * {@link #login} signs a user in the way Spring Security and Vaadin's access checks both see.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext ctx;

    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Karibu's discovery skips package-private views, which the house style prefers; add them here. */
    public static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("de.newsroom.console");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("de.newsroom.console").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class)
                    .forEach(routes.getRoutes()::add);
        }
        return routes;
    }

    /** Signs in {@code username} with these roles (ADMIN implies the others, as in production). */
    protected void login(String username, String... roles) {
        Set<String> effective = Arrays.stream(roles).collect(Collectors.toSet());
        if (effective.contains("ADMIN")) {
            effective.addAll(List.of("EDITOR", "MODERATOR"));
        }
        List<GrantedAuthority> authorities = effective.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> effective.contains(role));
    }

    /** Signs the current user out, as far as the mocked request and Spring are concerned. */
    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
