package de.newsroom.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grids on phones keep only the columns that say what a row is: the others squeeze the first column to a few letters
 * and make the grid scroll sideways. The window width comes from the browser at attach and on every resize. A wide
 * grid can give way column by column ({@link #hideBelow}): each column stays while the window is at least its width.
 */
public final class PhoneColumns {

    /** Below this window width (CSS pixels) the console lays out for a phone; the stylesheets use the same value. */
    public static final int NARROW_PX = 700;

    private PhoneColumns() {
    }

    /** Hides {@code columns} while {@code owner}'s window is narrower than {@link #NARROW_PX}. */
    public static void hideOnPhones(Component owner, List<? extends Grid.Column<?>> columns) {
        hideBelow(owner, phones(columns));
    }

    /**
     * Hides each column while {@code owner}'s window is narrower than the number of CSS pixels it maps to, so a grid
     * with many columns drops the least important ones first instead of scrolling sideways.
     */
    public static void hideBelow(Component owner, Map<? extends Grid.Column<?>, Integer> minWindowWidths) {
        owner.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(minWindowWidths, details.getWindowInnerWidth()));
            var resize = page.addBrowserWindowResizeListener(e -> fit(minWindowWidths, e.getWidth()));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Shows or hides {@code columns} for a window {@code windowWidth} pixels wide (0: unknown, all shown). */
    public static void fit(List<? extends Grid.Column<?>> columns, int windowWidth) {
        fit(phones(columns), windowWidth);
    }

    /** Shows each column whose minimum window width {@code windowWidth} reaches (0: unknown, all shown). */
    public static void fit(Map<? extends Grid.Column<?>, Integer> minWindowWidths, int windowWidth) {
        minWindowWidths.forEach((column, min) -> column.setVisible(windowWidth <= 0 || windowWidth >= min));
    }

    private static Map<Grid.Column<?>, Integer> phones(List<? extends Grid.Column<?>> columns) {
        Map<Grid.Column<?>, Integer> widths = new LinkedHashMap<>();
        columns.forEach(c -> widths.put(c, NARROW_PX));
        return widths;
    }
}
