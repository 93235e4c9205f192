package de.newsroom.console.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.newsroom.console.dashboard.CappedCount;
import de.newsroom.console.dashboard.ModeratorBoard;

/** The moderator's part: the queue in figures, a link into it and the last 24 hours as a chart. */
class ModerationPanel extends Section {

    /** The moderation queue's route (the comments feature's view). */
    static final String QUEUE_ROUTE = "moderation";

    ModerationPanel(ModeratorBoard board, Times times) {
        setId("dashboard-moderation");
        addClassName("dashboard-section");
        add(new H2(getTranslation("dashboard.moderation.title")));
        var tiles = new Div();
        tiles.addClassName("dashboard-tiles");
        tiles.add(tile("pending", board.pending()));
        String oldest = board.oldestPendingAge() == null ? getTranslation("dashboard.moderation.oldest.none")
                : age(board.oldestPendingAge());
        tiles.add(tile("oldest", oldest, false));
        tiles.add(tile("flagged", board.flaggedPending()));
        tiles.add(tile("mine", board.decidedTodayByMe()));
        tiles.add(tile("people", board.decidedTodayByPeople()));
        tiles.add(tile("automatic", board.decidedTodayAutomatically()));
        add(tiles);
        // Phones only (dashboard.css): there the role cards give way, the Moderation card with them, which is the
        // queue's entry on a desktop. One entry on screen either way, both with the count.
        var queue = new Anchor(QUEUE_ROUTE, getTranslation("dashboard.moderation.queue", board.pending().display()));
        queue.setId("dashboard-moderation-queue");
        queue.addClassNames("dashboard-link", "dashboard-queue-link");
        add(queue, new ActivityChart(board.activity(), times));
    }

    private String age(java.time.Duration age) {
        Object[] keyAndParams = Times.age(age);
        Object[] params = java.util.Arrays.copyOfRange(keyAndParams, 1, keyAndParams.length);
        return getTranslation((String) keyAndParams[0], params);
    }

    private Div tile(String name, CappedCount count) {
        return tile(name, count.display(), count.capped());
    }

    private Div tile(String name, String value, boolean capped) {
        var number = new Span(value);
        number.addClassName("dashboard-tile-value");
        number.setId("dashboard-moderation-" + name);
        if (capped) {
            number.getElement().setAttribute("title", getTranslation("dashboard.capped"));
        }
        var label = new Span(getTranslation("dashboard.moderation." + name));
        label.addClassName("dashboard-tile-label");
        var tile = new Div(number, label);
        tile.addClassName("dashboard-tile");
        return tile;
    }
}
