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
import de.newsroom.console.dashboard.ArticleItem;
import de.newsroom.console.dashboard.ArticleList;
import de.newsroom.console.dashboard.EditorBoard;

/** The editor's part: five article lists, each entry a link into the article editor. */
class EditorPanel extends Section {

    EditorPanel(EditorBoard board, Times times) {
        setId("dashboard-editor");
        addClassName("dashboard-section");
        add(new H2(getTranslation("dashboard.editor.title")));
        var grid = new Div();
        grid.addClassName("dashboard-grid");
        grid.add(list("drafts", board.myDrafts(), times),
                list("review", board.inReview(), times),
                list("scheduled", board.scheduledSoon(), times),
                list("published", board.publishedToday(), times),
                list("late", board.lateSchedules(), times));
        add(grid);
    }

    private Div list(String name, ArticleList list, Times times) {
        var panel = new Div();
        panel.setId("dashboard-editor-" + name);
        panel.addClassName("dashboard-panel");
        var count = new Span(list.total().display());
        count.addClassName("dashboard-count");
        count.setId("dashboard-editor-" + name + "-count");
        panel.add(new H3(new Span(getTranslation("dashboard.editor." + name)), count));
        if (list.items().isEmpty()) {
            var empty = new Paragraph(getTranslation("dashboard.empty"));
            empty.addClassName("dashboard-empty");
            panel.add(empty);
            return panel;
        }
        var ul = new UnorderedList();
        ul.addClassName("dashboard-list");
        for (ArticleItem item : list.items()) {
            var link = new Anchor(item.editorPath(), item.title());
            var meta = new Span(getTranslation("dashboard.item.meta", item.authorName(), times.dateTime(item.at()))
                    + ("late".equals(name) ? " · " + getTranslation("dashboard.late." + item.status()) : "")
                    + (ArticleItem.NEXT_IN_REVIEW.equals(item.status()) ? " · " + getTranslation("dashboard.review.next")
                    : ""));
            meta.addClassName("dashboard-meta");
            ul.add(new ListItem(link, meta));
        }
        panel.add(ul);
        if (list.total().capped() || list.total().value() > list.items().size()) {
            var more = new Paragraph(getTranslation("dashboard.list.total", list.total().display()));
            more.addClassName("dashboard-more");
            panel.add(more);
        }
        return panel;
    }
}
