package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The keys of {@link QueueShortcuts} with what each does, above the queue (hidden on phones by the stylesheet). */
final class ShortcutLegend extends Div {

    ShortcutLegend() {
        addClassName("shortcut-legend");
        setId("shortcut-legend");
        for (String key : QueueShortcuts.KEYS) {
            var kbd = new Span(key);
            kbd.addClassName("kbd");
            var item = new Span(kbd, new Span(getTranslation("comment.shortcut." + key)));
            item.addClassName("shortcut");
            add(item);
        }
    }
}
