package de.newsroom.console.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Enter on a focused row of a grid does what a click on it does. Vaadin's grid only enters its cell mode on Enter,
 * so a row that opens something on a click was out of reach from the keyboard (the picture library and the picture
 * picker before the editor's first-hour sweep; the account list and the article list have their own copy of this).
 */
public final class RowEnter {

    private RowEnter() {
    }

    public static <T> void opens(Grid<T> grid, Consumer<T> action) {
        grid.getElement().addEventListener("keydown", e -> {
                    String key = e.getEventData().get("element.getEventContext(event).item?.key").asString();
                    Optional.ofNullable(grid.getDataCommunicator().getKeyMapper().get(key)).ifPresent(action);
                }).setFilter("event.key === 'Enter' && !event.target.closest('a, button, vaadin-button') "
                        + "&& element.getEventContext(event).section === 'body' "
                        + "&& !!element.getEventContext(event).item")
                .addEventData("element.getEventContext(event).item?.key");
    }
}
