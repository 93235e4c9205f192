package de.newsroom.console;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.security.AccountService;
import de.newsroom.console.security.NewAccount;
import de.newsroom.console.security.Role;
import de.newsroom.console.security.ui.LoginView;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks {@link RouteMatrix}: every route × {anonymous, EDITOR, MODERATOR, ADMIN, a disabled account}. An allowed
 * visit renders the view; a denied one renders no part of it (access denied, or sent to the login page). Fails when
 * a route or a layout exists that the matrix does not know.
 */
class RouteMatrixTest extends KaribuTest {

    /** Layouts wrap views; each must be guarded and known here. */
    private static final Set<String> KNOWN_LAYOUTS = Set.of("de.newsroom.console.base.ui.MainLayout");

    private static final Map<String, Class<?>> ROUTES = scanRoutes();
    private static String disabledAccount;

    @Autowired AccountService accounts;

    private static Map<String, Class<?>> scanRoutes() {
        Map<String, Class<?>> routes = new HashMap<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("de.newsroom.console").scan()) {
            for (Class<?> type : scan.getClassesWithAnnotation(Route.class.getName()).loadClasses()) {
                routes.put(type.getAnnotation(Route.class).value(), type);
                for (RouteAlias alias : type.getAnnotationsByType(RouteAlias.class)) {
                    routes.put(alias.value(), type);
                }
            }
        }
        return routes;
    }

    private static Set<Class<?>> layouts() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("de.newsroom.console").scan()) {
            return Set.copyOf(scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses());
        }
    }

    static Stream<Arguments> cases() {
        return RouteMatrix.ROWS.stream().flatMap(row -> Stream.of("anonymous", "EDITOR", "MODERATOR", "ADMIN", "disabled")
                .map(who -> Arguments.of(row.path(), who)));
    }

    @Test
    void every_route_has_a_row_and_every_row_a_route() {
        Set<String> rows = RouteMatrix.ROWS.stream().map(RouteMatrix.Row::path).collect(Collectors.toSet());
        assertThat(ROUTES.keySet()).as("routes without a row in RouteMatrix").isSubsetOf(rows);
        assertThat(rows).as("rows without a route").isSubsetOf(ROUTES.keySet());
        assertThat(RouteMatrix.ROWS).extracting(RouteMatrix.Row::path).doesNotHaveDuplicates();
    }

    @Test
    void every_route_registered_at_runtime_has_a_row() {
        Set<String> rows = RouteMatrix.ROWS.stream().map(RouteMatrix.Row::path).collect(Collectors.toSet());
        List<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate()).toList();
        assertThat(registered).isNotEmpty();
        assertThat(rows).containsAll(registered);
    }

    @Test
    void every_view_and_layout_declares_who_may_open_it() {
        for (Class<?> type : ROUTES.values()) {
            assertThat(guarded(type)).as(type.getName() + " has no access annotation").isTrue();
        }
        for (Class<?> layout : layouts()) {
            assertThat(KNOWN_LAYOUTS).as("new layout " + layout.getName() + ": add it to RouteMatrixTest")
                    .contains(layout.getName());
            assertThat(guarded(layout)).as(layout.getName()).isTrue();
        }
    }

    private static boolean guarded(Class<?> type) {
        return type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(PermitAll.class)
                || type.isAnnotationPresent(AnonymousAllowed.class) || type.isAnnotationPresent(DenyAll.class);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void each_route_opens_exactly_for_the_roles_in_the_matrix(String path, String who) {
        RouteMatrix.Row row = RouteMatrix.ROWS.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
        Class<?> view = ROUTES.get(path);
        boolean expected = switch (who) {
            case "anonymous", "disabled" -> row.roles().isEmpty();
            default -> row.allows(who);
        };
        switch (who) {
            case "anonymous" -> { }
            case "disabled" -> login(disabledAccount(), "ADMIN");
            case "ADMIN" -> login("admin", "ADMIN");
            case "EDITOR" -> login("editor", "EDITOR");
            default -> login("moderator", "MODERATOR");
        }
        boolean denied = false;
        try {
            navigate(concrete(path));
        } catch (MockAccessDeniedException e) {
            denied = true;
        } catch (com.github.mvysny.kaributesting.v10.NotFoundError e) {
            // Access was granted and the view looked the placeholder id up: no article 1 here, so "not found".
            assertThat(path).as("only a route with a parameter may answer not found").contains(":");
        }
        @SuppressWarnings("unchecked")
        int rendered = _find((Class<? extends Component>) view).size();
        if (expected) {
            assertThat(denied).as(path + " as " + who + " was denied").isFalse();
            if (!path.contains(":")) {
                assertThat(rendered).as(path + " as " + who + " renders").isEqualTo(1);
            }
        } else {
            assertThat(rendered).as(path + " as " + who + " must show nothing").isZero();
            if (!denied) {
                assertThat(_find(LoginView.class).size() + accessDeniedViews())
                        .as(path + " as " + who + ": sent to login or an error view").isPositive();
            }
        }
    }

    private static int accessDeniedViews() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(c -> c.getClass().getSimpleName().contains("Error") || c.getClass().getSimpleName().contains("NotFound"))
                .toList().size();
    }

    /** A path to navigate for a row: route parameters get a placeholder value. */
    private static String concrete(String template) {
        return template.replaceAll(":[A-Za-z0-9_]+(\\([^)]*\\))?[?*]?", "1");
    }

    private String disabledAccount() {
        if (disabledAccount == null) {
            String name = "matrix-off-" + UUID.randomUUID().toString().substring(0, 8);
            SystemAuthentication.run(() -> {
                var created = accounts.create(new NewAccount(name, "Disabled Admin", null, EnumSet.of(Role.ADMIN),
                        "A-good-password-2026"));
                accounts.setEnabled(created.id(), false);
            });
            disabledAccount = name;
        }
        return disabledAccount;
    }
}
