package de.newsroom.console.article.ui;

import com.vaadin.flow.component.html.Div;
import de.newsroom.console.base.ui.WhenLaidOut;

/**
 * Where the cursor goes when an article editor opens: the title, where the editor writes, once the field is laid out.
 * A polite live region then names the view, since a screen reader announces only the field that took the focus.
 */
final class OpeningFocus {

    private OpeningFocus() {
    }

    /** The live region: visually hidden, present and empty from the start, so that the text it gets is read. */
    static Div liveRegion(String id) {
        var live = new Div();
        live.setId(id);
        live.addClassName("visually-hidden");
        live.getElement().setAttribute("role", "status");
        live.getElement().setAttribute("aria-live", "polite");
        return live;
    }

    /**
     * Focuses {@code form}'s title once laid out, only while nothing else has the focus (a click meanwhile wins), and
     * then puts {@code viewName} into the live region {@code liveId}. With {@code onTouchToo} false it leaves a
     * touch-only device alone: there the focus would open the on-screen keyboard over the text the editor came to
     * read (an existing article); a new article is there to be written.
     */
    static void title(ArticleForm form, String liveId, String viewName, boolean onTouchToo) {
        WhenLaidOut.run(form.title.getElement(), "true", """
                const touchOnly = matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
                if (document.activeElement === document.body && ($0 || !touchOnly)) {
                  el.focus();
                  const live = document.getElementById($1);
                  if (live) {
                    live.textContent = '';
                    setTimeout(() => { live.textContent = $2; }, 150);
                  }
                }""", onTouchToo, liveId, viewName);
    }
}
