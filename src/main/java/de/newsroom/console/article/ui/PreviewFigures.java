package de.newsroom.console.article.ui;

import de.newsroom.console.base.markdown.Figure;
import de.newsroom.console.base.markdown.MediaLinks;
import de.newsroom.console.media.MediaService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The library pictures the body names, for the live preview. A picture once found is kept while the editor is open,
 * so typing costs no query; only ids not seen yet are looked up (unknown ones again, they may be typed on).
 */
final class PreviewFigures {

    private final transient MediaService media;
    private final Map<Long, Figure> known = new HashMap<>();

    PreviewFigures(MediaService media) {
        this.media = media;
    }

    Map<Long, Figure> of(String body) {
        Set<Long> missing = new HashSet<>(MediaLinks.ids(body));
        missing.removeAll(known.keySet());
        if (!missing.isEmpty()) {
            media.published(missing).values().forEach(p -> known.put(p.id(), p.figure()));
        }
        return known;
    }
}
