package de.newsroom.console.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collection;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sends what was typed into a view's text fields before the browser leaves the view (decision 0038), so a view that
 * asks "unsaved changes?" in {@code beforeLeave} sees text typed a moment before a click on the side navigation, a
 * link, or the browser's back and forward buttons.
 *
 * <p>Flow sends such a navigation as a message of its own, without the value changes still waiting: a lazy field's
 * sync (0.3-0.4 s after the last key), and an on-change field's value, which only goes when the field loses focus. The
 * page's own listeners ({@link #PAGE_SCRIPT}, in the page head, so they run before Vaadin's router) fire
 * {@value #EVENT} on every marked field typed in since the last click or history step; the event carries the field's
 * value as event data and is queued before the navigation, so the server has the text when {@code beforeLeave} asks.
 *
 * <p>Capture-phase {@code click} listeners on the window run before any link's own; a {@code popstate} has the
 * window as its target, where listeners run in the order they were added, and the client router (React Router in
 * Flow 25) adds its own when the page boots and sends the navigation from it. A listener added later by a view
 * came second, so the navigation was queued first, and a value sent after it reached a view already gone (seen in
 * Chromium for the article editor's slug, an on-change field still focused when "back" was pressed).
 */
public final class SendTypedBeforeLeaving {

    /** Marks a field whose typed value goes to the server before a navigation. */
    static final String ATTRIBUTE = "data-newsroom-flush";
    /** The DOM event that carries the field's value ({@code element.value}) to the server. */
    static final String EVENT = "newsroom-flush";

    /**
     * The page-wide part: remembers marked fields typed in (capture-phase {@code input}) and fires {@value #EVENT}
     * on each still in the page before a click or a history step reaches anything else.
     */
    static final String PAGE_SCRIPT = """
            (() => {
              const typed = new Set();
              document.addEventListener('input', e => {
                const field = e.composedPath().find(n => n instanceof Element && n.hasAttribute('%s'));
                if (field) {
                  typed.add(field);
                }
              }, true);
              const send = () => {
                const fields = [...typed];
                typed.clear();
                fields.filter(f => f.isConnected).forEach(f => f.dispatchEvent(new CustomEvent('%s')));
              };
              window.addEventListener('click', send, true);
              window.addEventListener('popstate', send, true);
            })();""".formatted(ATTRIBUTE, EVENT);

    private SendTypedBeforeLeaving() {
    }

    /** Puts {@link #PAGE_SCRIPT} first into every console page's head, ahead of Vaadin's own scripts. */
    @Component
    static class PageScript implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.addIndexHtmlRequestListener(response -> {
                var script = new Element("script");
                script.appendChild(new DataNode(PAGE_SCRIPT));
                response.getDocument().head().prependChild(script);
            });
        }
    }

    /** Marks these text fields (text fields and areas of the view that guards leaving) to send what was typed first. */
    public static void fields(Collection<? extends com.vaadin.flow.component.Component> fields) {
        fields.forEach(field -> {
            if (!(field instanceof HasValue<?, ?>)) {
                throw new IllegalArgumentException("not a field: " + field);
            }
            field.getElement().setAttribute(ATTRIBUTE, true);
            field.getElement().addEventListener(EVENT, e -> take(field, e.getEventData().get("element.value")))
                    .addEventData("element.value");
        });
    }

    /**
     * Puts a field's value as the browser shows it ({@code element.value} from an event) into the field when it
     * differs from what the server has: a value change as if the lazy sync had delivered it.
     *
     * <p>The value travels as event data, not as a synchronised property: in Flow 25.2 the client's flush of a waiting
     * lazy sync marks the value as sent without sending it (seen in Chromium: the event reached the server without
     * the typed value, and no later value change followed).
     */
    @SuppressWarnings("unchecked")
    public static void take(com.vaadin.flow.component.Component field, JsonNode value) {
        if (value != null && value.isString() && field instanceof HasValue<?, ?> f
                && !value.asString().equals(f.getValue())) {
            ((HasValue<?, String>) f).setValue(value.asString());
        }
    }
}
