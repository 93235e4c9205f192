package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.newsroom.console.dashboard.AdminBoard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** The admin's part: locked accounts, failed logins of the last day and empty categories. */
class AdminPanel extends Section {

    AdminPanel(AdminBoard board) {
        setId("dashboard-admin");
        addClassName("dashboard-section");
        add(new H2(getTranslation("dashboard.admin.title")));
        var grid = new Div();
        grid.addClassName("dashboard-grid");
        // Each entry leads to where it is handled: the account's dialog, the audit log's failed logins, the tree.
        grid.add(panel("locked", Long.toString(board.lockedCount()), board.lockedAccounts(),
                        name -> "users?account=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null),
                panel("failed", board.failedLogins24h().display(), List.of(), null, "audit?action=LOGIN_FAILURE"),
                panel("categories", Long.toString(board.emptyCategoryCount()), board.emptyCategories(),
                        name -> "categories", "categories"));
        add(grid);
    }

    private Div panel(String name, String count, List<String> names, Function<String, String> itemLink,
                      String panelLink) {
        var panel = new Div();
        panel.setId("dashboard-admin-" + name);
        panel.addClassName("dashboard-panel");
        var number = new Span(count);
        number.addClassName("dashboard-count");
        number.setId("dashboard-admin-" + name + "-count");
        var title = panelLink == null ? new Span(getTranslation("dashboard.admin." + name))
                : new Anchor(panelLink, getTranslation("dashboard.admin." + name));
        panel.add(new H3(title, number));
        if (!names.isEmpty()) {
            var ul = new UnorderedList();
            ul.addClassName("dashboard-list");
            names.forEach(n -> ul.add(new ListItem(new Anchor(itemLink.apply(n), n))));
            panel.add(ul);
        } else if (!"failed".equals(name)) {
            var none = new Paragraph(getTranslation("dashboard.empty"));
            none.addClassName("dashboard-empty");
            panel.add(none);
        }
        return panel;
    }
}
