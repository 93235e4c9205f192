package de.newsroom.console.base.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * A tab bar wider than a phone scrolls sideways inside itself, and the browser component shows its start whatever
 * tab is selected: a list opened as {@code /articles?status=in_review} at 390 px had its selected tab off-screen.
 * This scrolls the selected tab into the middle of the bar whenever the selection changes, as phone apps do.
 */
public final class SelectedTabInView {

    private SelectedTabInView() {
    }

    /** Keeps the selected tab of {@code tabs} visible, also for a selection made before the bar is attached. */
    public static void keep(Tabs tabs) {
        tabs.addSelectedChangeListener(e -> scrollTo(e.getSelectedTab()));
        tabs.addAttachListener(e -> scrollTo(tabs.getSelectedTab()));
    }

    private static void scrollTo(Tab tab) {
        if (tab != null) {
            // The tab needs a size inside a rendered bar (the bar's scroller) first. "nearest": the page stays put.
            WhenLaidOut.run(tab.getElement(), "el.parentElement && el.parentElement.shadowRoot",
                    "el.scrollIntoView({block: 'nearest', inline: 'center'});");
        }
    }
}
