package de.newsroom.console.base.ui;

import com.vaadin.flow.dom.Element;

/**
 * Runs a small browser action on an element once the browser has laid it out. A view's first response arrives before
 * its elements have a size, so a plain {@code focus()} or {@code scrollIntoView()} sent with it is lost; this waits
 * (a {@code ResizeObserver}) until the element has a width and {@code ready} holds, runs {@code action} once, and gives
 * up after ten seconds, so an element that never shows leaves no observer behind.
 */
public final class WhenLaidOut {

    private WhenLaidOut() {
    }

    /**
     * @param ready  a JavaScript condition over {@code el}, the element (code of this project, never user input)
     * @param action JavaScript statements over {@code el}, run once; {@code $0}, {@code $1}, ... are {@code args}
     * @param args   values for the action, sent as parameters (never written into the script)
     */
    public static void run(Element element, String ready, String action, Object... args) {
        element.executeJs("""
                const el = this;
                const ro = new ResizeObserver(() => {
                  if (el.offsetWidth > 0 && (%s)) {
                    ro.disconnect();
                    %s
                  }
                });
                ro.observe(el);
                setTimeout(() => ro.disconnect(), 10000);""".formatted(ready, action), args);
    }
}
