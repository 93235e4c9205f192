package de.newsroom.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.newsroom.console.base.i18n.TranslationProvider;
import de.newsroom.console.base.domain.UserProfiles;
import de.newsroom.console.base.domain.UserProfiles.Profile;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame around every signed-in view: title, side navigation built from {@code @Menu} entries the user may open,
 * and the user menu with roles, language and logout.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authContext;
    private final transient UserProfiles userProfiles;
    private final SideNav nav = new SideNav();

    MainLayout(AuthenticationContext authContext, UserProfiles userProfiles) {
        this.authContext = authContext;
        this.userProfiles = userProfiles;
        Profile me = userProfiles.currentProfile().orElse(null);
        applyRememberedLanguage(me);

        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        // On a phone the drawer is closed behind the toggle: the navbar then names the console (CSS shows it only then).
        var navbarTitle = new Span(getTranslation("app.title"));
        navbarTitle.addClassNames("app-title", "app-navbar-title");
        // At the top on every device, not Vaadin's "touch optimised" bottom bar: on a touch phone that bar lay under
        // the editor's floating Save and the queue's decision bar, which covered the menu toggle (decision 0034).
        addToNavbar(toggle, navbarTitle);
        addToDrawer(header(), new Scroller(nav), footer(me));
        buildNav();
    }

    private void applyRememberedLanguage(Profile me) {
        if (me == null || me.language() == null) {
            return;
        }
        Locale wanted = Locale.forLanguageTag(me.language());
        UI ui = UI.getCurrent();
        if (ui != null && !wanted.getLanguage().equals(ui.getLocale().getLanguage())) {
            ui.getSession().setLocale(wanted);
            ui.setLocale(wanted);
        }
    }

    private Header header() {
        var logo = new Span(getTranslation("app.title").substring(0, 1));
        logo.addClassName("app-logo");
        var title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        var header = new Header(logo, title);
        header.addClassName("app-header");
        return header;
    }

    private void buildNav() {
        nav.addClassName("app-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    private Footer footer(Profile me) {
        var footer = new Footer();
        footer.addClassName("app-footer");
        if (me == null) {
            return footer;
        }
        var avatar = new Avatar(me.displayName());
        avatar.addThemeName("small");
        var name = new Div(new Span(me.displayName()), roleLine(me));
        name.addClassName("user-name");
        var who = new Div(avatar, name);
        who.addClassName("user-card");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.setId("user-menu");
        var cog = new Icon(VaadinIcon.COG);
        cog.getElement().setAttribute("aria-label", getTranslation("layout.usermenu"));
        MenuItem root = menu.addItem(cog);
        root.setId("user-menu-button");
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("layout.language"));
        language.addComponentAsFirst(new Icon(VaadinIcon.GLOBE));
        language.getSubMenu().addItem("English", e -> switchLanguage(TranslationProvider.ENGLISH)).setId("lang-en");
        language.getSubMenu().addItem("Deutsch", e -> switchLanguage(TranslationProvider.GERMAN)).setId("lang-de");
        MenuItem profile = sub.addItem(getTranslation("account.profile.menu"), e -> UI.getCurrent().navigate("profile"));
        profile.addComponentAsFirst(new Icon(VaadinIcon.USER));
        profile.setId("profile");
        MenuItem logout = sub.addItem(getTranslation("layout.logout"), e -> authContext.logout());
        logout.addComponentAsFirst(new Icon(VaadinIcon.SIGN_OUT));
        logout.setId("logout");
        footer.add(who, menu);
        return footer;
    }

    private Span roleLine(Profile me) {
        var roles = new Span(me.roles().stream()
                .map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        return roles;
    }

    private void switchLanguage(Locale locale) {
        userProfiles.rememberLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Keep the page language in step with the UI so screen readers and hyphenation use the right one.
        getElement().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }
}
