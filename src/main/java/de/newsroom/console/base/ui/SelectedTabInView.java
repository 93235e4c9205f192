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
            // On a page load the response arrives before the tab bar is laid out (the tab has no size and the bar no
            // scroller yet), so it waits until the tab has a size inside a rendered bar, then scrolls once. "nearest":
            // the page itself stays put. Ten seconds at most, so a bar that never shows leaves no observer behind.
            tab.getElement().executeJs("""
                    const t = this;
                    const ro = new ResizeObserver(() => {
                      if (t.offsetWidth > 0 && t.parentElement && t.parentElement.shadowRoot) {
                        ro.disconnect();
                        t.scrollIntoView({block: 'nearest', inline: 'center'});
                      }
                    });
                    ro.observe(t);
                    setTimeout(() => ro.disconnect(), 10000);""");
        }
    }
}
