package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.newsroom.console.dashboard.AdminBoard;
import java.util.List;

/** The admin's part: locked accounts, failed logins of the last day and empty categories. */
class AdminPanel extends Section {

    AdminPanel(AdminBoard board) {
        setId("dashboard-admin");
        addClassName("dashboard-section");
        add(new H2(getTranslation("dashboard.admin.title")));
        var grid = new Div();
        grid.addClassName("dashboard-grid");
        grid.add(panel("locked", Long.toString(board.lockedCount()), board.lockedAccounts()),
                panel("failed", board.failedLogins24h().display(), List.of()),
                panel("categories", Long.toString(board.emptyCategoryCount()), board.emptyCategories()));
        add(grid);
    }

    private Div panel(String name, String count, List<String> names) {
        var panel = new Div();
        panel.setId("dashboard-admin-" + name);
        panel.addClassName("dashboard-panel");
        var number = new Span(count);
        number.addClassName("dashboard-count");
        number.setId("dashboard-admin-" + name + "-count");
        panel.add(new H3(new Span(getTranslation("dashboard.admin." + name)), number));
        if (!names.isEmpty()) {
            var ul = new UnorderedList();
            ul.addClassName("dashboard-list");
            names.forEach(n -> ul.add(new ListItem(n)));
            panel.add(ul);
        } else if (!"failed".equals(name)) {
            var none = new Paragraph(getTranslation("dashboard.empty"));
            none.addClassName("dashboard-empty");
            panel.add(none);
        }
        return panel;
    }
}
