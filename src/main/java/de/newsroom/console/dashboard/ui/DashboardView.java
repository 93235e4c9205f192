package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.surge.SurgeGuard;
import de.newsroom.console.comment.ui.SurgeBanner;
import de.newsroom.console.dashboard.CappedCount;
import de.newsroom.console.dashboard.DashboardService;
import de.newsroom.console.dashboard.ModeratorBoard;
import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.security.Role;
import de.newsroom.console.security.UserService;
import de.newsroom.console.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The landing view: a greeting and, per role, what needs doing. Which parts appear follows the signed-in
 * authorities, the same ones the service checks, so a part is never shown that its service call would refuse.
 */
@Route("")
@Menu(order = 0, title = "menu.dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Main implements HasDynamicTitle {

    /** Where each role's card leads: the role's main work area (routes as in the side navigation). */
    static final Map<Role, String> WORK_AREA = Map.of(Role.EDITOR, "articles", Role.MODERATOR, "moderation",
            Role.ADMIN, "users");

    DashboardView(UserService userService, DashboardService dashboard, AuthenticationContext auth, NewsroomZone zone,
                  SurgeGuard surge) {
        addClassNames("view", "dashboard-view");
        UserSummary me = userService.me().orElseThrow();
        var heading = new H1(getTranslation("dashboard.welcome", me.displayName()));
        add(heading, new Paragraph(getTranslation("dashboard.intro")));

        ModeratorBoard moderatorBoard = auth.hasRole(AppRoles.MODERATOR) ? dashboard.moderatorBoard() : null;
        var cards = new Div();
        cards.addClassName("card-row");
        for (Role role : Role.values()) {
            if (auth.hasRole(role.name())) {
                // Each card leads to the role's main work area: before, the cards looked like buttons and did
                // nothing. A plain link, so it is reachable with the keyboard and opens in a new tab on request.
                var card = new Anchor();
                card.setHref(WORK_AREA.get(role));
                var title = new H2(getTranslation("role." + role.name()));
                if (role == Role.MODERATOR) {
                    // The queue's one entry on a desktop, with its count beside the title as the queue's own header
                    // has it ("Moderation 40 offen"); before, this card and the moderation part's "Zur
                    // Moderationswarteschlange" led to the same place, neither with the count.
                    var head = new Div(title, pendingBadge(moderatorBoard.pending()));
                    head.addClassName("info-card-head");
                    card.add(head);
                } else {
                    card.add(title);
                }
                card.add(new Span(getTranslation("dashboard.role." + role.name())));
                card.addClassNames("info-card", "info-card-link");
                card.setId("role-card-" + role.name().toLowerCase());
                cards.add(card);
            }
        }
        add(cards);

        var times = new Times(zone.zoneId(), getLocale());
        if (auth.hasRole(AppRoles.EDITOR)) {
            add(new EditorPanel(dashboard.editorBoard(), times));
        }
        if (auth.hasRole(AppRoles.MODERATOR)) {
            // The comments feature's surge guard, announced where moderators look first (decision 17).
            var surgeBanner = new SurgeBanner(surge, zone);
            surgeBanner.setId("dashboard-surge-banner");
            add(surgeBanner);
            add(new ModerationPanel(moderatorBoard, times));
            add(new QueueHealthPanel(dashboard.queueHealth(), times));
        }
        if (auth.hasRole(AppRoles.ADMIN)) {
            add(new AdminPanel(dashboard.adminBoard()));
        }
    }

    /** "40 offen", as the queue's own header says it. */
    private Span pendingBadge(CappedCount pending) {
        var badge = new Span(getTranslation("dashboard.moderation.open", pending.display()));
        badge.addClassName("count-badge");
        badge.setId("role-card-moderator-pending");
        if (pending.capped()) {
            badge.getElement().setAttribute("title", getTranslation("dashboard.capped"));
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard") + " · " + getTranslation("app.title");
    }
}
