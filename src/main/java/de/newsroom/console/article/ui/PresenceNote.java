package de.newsroom.console.article.ui;

import com.vaadin.flow.component.html.Span;
import de.newsroom.console.article.ArticlePresence;
import de.newsroom.console.article.PresenceMark;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Anna is editing since 10:42" in the editor's toolbar: announces this editor's presence on each refresh and names
 * the others who have the article open, so two people notice before their saves clash.
 */
class PresenceNote extends Span {

    private final ArticlePresence presence;
    private final ZoneId zone;
    // One key per open editor, so two tabs of the same user count as two presences.
    private final String editorKey = UUID.randomUUID().toString();

    PresenceNote(ArticlePresence presence, ZoneId zone) {
        this.presence = presence;
        this.zone = zone;
        addClassName("article-presence");
        setId("article-presence");
    }

    /** Marks this editor as present on {@code articleId} and shows the others; empty for an unsaved article. */
    void refresh(Long articleId) {
        if (articleId == null) {
            setText("");
            return;
        }
        presence.heartbeat(articleId, editorKey);
        var format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        List<PresenceMark> others = presence.others(articleId);
        setText(others.stream()
                .map(m -> getTranslation("article.presence", m.displayName(), format.format(m.since())))
                .collect(Collectors.joining("; ")));
    }

    /** This editor closed the article. */
    void leave(Long articleId) {
        if (articleId != null) {
            presence.leave(articleId, editorKey);
        }
    }
}
