package de.newsroom.console.security.ui;

import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.ui.DateStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.security.AccountService;
import de.newsroom.console.security.Role;
import de.newsroom.console.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

/** Account administration: a lazy list of accounts; a click opens the account for editing. */
@Route("users")
@Menu(order = 50, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(AppRoles.ADMIN)
class UserListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AccountService accounts;
    private final NewsroomZone zone;
    private final transient Clock clock;
    final Grid<UserSummary> grid = new Grid<>();

    UserListView(AccountService accounts, NewsroomZone zone, Clock clock) {
        this.accounts = accounts;
        this.zone = zone;
        this.clock = clock;
        addClassNames("view", "accounts-view");

        var create = new Button(getTranslation("account.create"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(accounts, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("account-create");
        var heading = new H1(getTranslation("menu.users"));
        var toolbar = new com.vaadin.flow.component.html.Div(heading, create);
        toolbar.addClassName("accounts-toolbar");

        grid.setId("accounts-grid");
        grid.addClassName("accounts-grid");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        // On phones the roles, "Aktiv" and "Gesperrt bis" columns give way; the line under the name says them there
        // (hidden by the stylesheet on wider windows). Before, a phone showed no sign of a disabled or locked account.
        grid.addColumn(LitRenderer.<UserSummary>of("<span>${item.name}</span>"
                                + "<div class=\"account-phone-line\">${item.line}</div>")
                        .withProperty("name", UserSummary::displayName)
                        .withProperty("line", this::phoneLine))
                .setHeader(getTranslation("account.display_name")).setKey("displayName").setAutoWidth(true);
        var email = grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("account.email"))
                .setFlexGrow(2);
        var roles = grid.addColumn(this::roleNames).setHeader(getTranslation("account.roles")).setAutoWidth(true);
        var enabled = grid.addColumn(u -> getTranslation(u.enabled() ? "account.enabled.yes" : "account.enabled.no"))
                .setHeader(getTranslation("account.enabled")).setAutoWidth(true).setFlexGrow(0);
        var lastLogin = grid.addColumn(u -> time(u.lastLoginAt())).setHeader(getTranslation("account.last_login"))
                .setAutoWidth(true).setFlexGrow(0);
        var locked = grid.addColumn(u -> time(u.lockedUntil())).setHeader(getTranslation("account.locked_until"))
                .setAutoWidth(true).setFlexGrow(0);
        // Nothing is cut: a long role list or name wraps instead of ending in "…".
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneColumns.hideOnPhones(this, java.util.List.of(email, roles, enabled, lastLogin, locked));
        grid.setItems(q -> accounts.list(q.getOffset(), q.getLimit()).stream(), q -> accounts.count());
        grid.addItemClickListener(e -> edit(e.getItem()));
        // Enter on a focused row opens the account as a click or Space does (before, Enter did nothing: the grid only
        // enters its cell interaction mode on Enter).
        grid.getElement().addEventListener("keydown", e -> {
                    String key = e.getEventData().get("element.getEventContext(event).item?.key").asString();
                    java.util.Optional.ofNullable(grid.getDataCommunicator().getKeyMapper().get(key)).ifPresent(this::edit);
                }).setFilter("event.key === 'Enter' && element.getEventContext(event).section === 'body' "
                        + "&& !!element.getEventContext(event).item")
                .addEventData("element.getEventContext(event).item?.key");
        grid.setHeight("70vh");
        add(toolbar, grid);
    }

    private void edit(UserSummary user) {
        new AccountDialog(accounts, accounts.get(user.id()), this::refresh).open();
    }

    /** The roles, and whether the account is disabled or locked: "Redaktion · Deaktiviert" (the phone's line). */
    String phoneLine(UserSummary u) {
        var parts = new java.util.ArrayList<String>();
        String roleNames = roleNames(u);
        if (!roleNames.isEmpty()) {
            parts.add(roleNames);
        }
        if (!u.enabled()) {
            parts.add(getTranslation("account.phone.disabled"));
        }
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant())) {
            parts.add(getTranslation("account.phone.locked", time(u.lockedUntil())));
        }
        return String.join(" · ", parts);
    }

    private String roleNames(UserSummary u) {
        return u.roles().stream().sorted().map(Role::name).map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "));
    }

    private String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateStyle.dateTime(getLocale(), zone.zoneId()).format(instant);
    }

    /** {@code users?account=name} opens that account at once (the dashboard links locked accounts this way). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("account")
                .flatMap(accounts::findByUsername)
                .ifPresent(account -> new AccountDialog(accounts, account, this::refresh).open());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " · " + getTranslation("app.title");
    }
}
