package de.newsroom.console.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.RouteMatrix;
import de.newsroom.console.security.ui.LoginView;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console's own "not found" and "not allowed" pages, with the real error routes in place of Karibu's throwing
 * stand-ins (which the other view tests keep, to assert denial by exception).
 */
class ErrorPagesTest extends KaribuTest {

    @BeforeEach
    void withTheConsolesErrorPages() {
        MockVaadin.tearDown();
        Routes routes = discoverRoutes();
        routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
        routes.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
        routes.getErrorRoutes().add(NotFoundView.class);
        routes.getErrorRoutes().add(AccessDeniedView.class);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * Navigates as the browser does for a typed address or a link: {@code UI.navigate} hands an address no route
     * matches to the client-side router, which in a browser sends it back to the server's router, as here.
     * Returns the HTTP status the router chose.
     */
    private static int open(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    @ParameterizedTest
    @CsvSource({"no-such-page", "articles/abc", "articles/12/extra", "Articles", "articles/999999999"})
    void an_unknown_address_shows_not_found_inside_the_layout(String path) {
        login("editor", "EDITOR");
        assertThat(open(path)).isEqualTo(404);
        NotFoundView page = _get(NotFoundView.class);
        assertThat(_get(MainLayout.class).getContent()).isSameAs(page);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Page not found");
        assertThat(_get(page, Code.class).getText()).isEqualTo("Address: /" + path);
        Anchor back = _get(page, Anchor.class);
        assertThat(back.getText()).isEqualTo("Back to the dashboard");
        assertThat(back.getHref()).isEqualTo(".");
        assertThat(page.getPageTitle()).isEqualTo("Page not found · Newsroom Console");
    }

    @Test
    void the_not_found_page_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("editor", "EDITOR");
        assertThat(open("artikel")).isEqualTo(404);
        NotFoundView page = _get(NotFoundView.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Seite nicht gefunden");
        assertThat(_get(page, Code.class).getText()).isEqualTo("Adresse: /artikel");
        assertThat(_get(page, Anchor.class).getText()).isEqualTo("Zurück zur Übersicht");
    }

    @Test
    void a_forbidden_view_shows_not_allowed_inside_the_layout_in_both_languages() {
        login("editor", "EDITOR");
        assertThat(open("users")).isEqualTo(403);
        AccessDeniedView page = _get(AccessDeniedView.class);
        assertThat(_get(MainLayout.class).getContent()).isSameAs(page);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_get(page, Code.class).getText()).isEqualTo("Address: /users");
        assertThat(_get(page, Anchor.class).getText()).isEqualTo("Back to the dashboard");
        assertThat(_find(NotFoundView.class)).isEmpty();

        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(open("audit")).isEqualTo(403);
        page = _get(AccessDeniedView.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Kein Zugriff");
        assertThat(_get(page, Anchor.class).getText()).isEqualTo("Zurück zur Übersicht");
    }

    /** Every route of the matrix a role may not open shows the "not allowed" page for that role, nothing more. */
    @ParameterizedTest
    @CsvSource({"editor,EDITOR", "moderator,MODERATOR"})
    void every_route_a_role_may_not_open_shows_not_allowed(String username, String role) {
        login(username, role);
        int denied = 0;
        for (RouteMatrix.Row row : RouteMatrix.ROWS) {
            if (row.roles().isEmpty() || row.allows(role)) {
                continue;
            }
            assertThat(open(row.path().replaceAll(":[A-Za-z0-9_]+(\\([^)]*\\))?[?*]?", "1")))
                    .as(row.path() + " as " + role).isEqualTo(403);
            assertThat(_find(AccessDeniedView.class)).as(row.path() + " as " + role).hasSize(1);
            denied++;
        }
        assertThat(denied).isPositive();
    }

    @Test
    void signed_out_an_unknown_address_leads_to_the_login_page() {
        open("no-such-page");
        assertThat(_find(LoginView.class)).hasSize(1);
        open("users");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(AccessDeniedView.class)).isEmpty();
    }
}
