package de.newsroom.console.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.RouteMatrix;
import de.newsroom.console.security.ui.LoginView;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void anonymous_is_sent_to_login() {
        navigate("");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(MainLayout.class)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"admin,ADMIN", "editor,EDITOR", "moderator,MODERATOR"})
    void each_role_sees_exactly_its_menu_entries(String username, String role) {
        login(username, role);
        navigate("");
        Set<String> shown = _find(_get(SideNav.class), SideNavItem.class).stream()
                .map(SideNavItem::getPath).map(p -> p.startsWith("/") ? p.substring(1) : p)
                .collect(Collectors.toSet());
        Set<String> expected = RouteMatrix.ROWS.stream().filter(RouteMatrix.Row::inMenu)
                .filter(r -> r.allows(role)).map(RouteMatrix.Row::path).collect(Collectors.toSet());
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void the_layout_shows_the_users_name_and_roles_in_german() {
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        login("moderator", "MODERATOR");
        navigate("");
        var texts = _find(com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList();
        assertThat(texts).contains("Mona Moderatorin", "Moderation");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Übersicht");
    }

    @Test
    void on_a_phone_the_drawer_toggle_is_named_and_the_navbar_names_the_console() {
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        login("editor", "EDITOR");
        navigate("");
        assertThat(_get(com.vaadin.flow.component.applayout.DrawerToggle.class).getAriaLabel())
                .contains("Menü ein- oder ausblenden");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("app-navbar-title"))
                .getText()).isEqualTo("Newsroom Console");
        // In the top navbar on touch phones too, not Vaadin's bottom bar under the floating Save (decision 0034).
        assertThat(_get(com.vaadin.flow.component.applayout.DrawerToggle.class).getElement().getAttribute("slot"))
                .isEqualTo("navbar");
    }
}
