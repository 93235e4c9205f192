package de.newsroom.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Grids on phones keep only the columns that say what a row is: the others squeeze the first column to a few letters
 * and make the grid scroll sideways. The window width comes from the browser at attach and on every resize.
 */
public final class PhoneColumns {

    /** Below this window width (CSS pixels) the console lays out for a phone; the stylesheets use the same value. */
    public static final int NARROW_PX = 700;

    private PhoneColumns() {
    }

    /** Hides {@code columns} while {@code owner}'s window is narrower than {@link #NARROW_PX}. */
    public static void hideOnPhones(Component owner, List<? extends Grid.Column<?>> columns) {
        owner.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(columns, details.getWindowInnerWidth()));
            var resize = page.addBrowserWindowResizeListener(e -> fit(columns, e.getWidth()));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Shows or hides {@code columns} for a window {@code windowWidth} pixels wide (0: unknown, all shown). */
    public static void fit(List<? extends Grid.Column<?>> columns, int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_PX;
        columns.forEach(column -> column.setVisible(!narrow));
    }
}
