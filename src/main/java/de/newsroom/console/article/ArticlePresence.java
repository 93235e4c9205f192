package de.newsroom.console.article;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has which article open. Editors send a heartbeat while the editor is open; a mark without heartbeat for
 * {@link #EXPIRY} disappears on its own. Kept in memory: with several instances each sees its own editors only.
 */
@Service
public class ArticlePresence {

    static final Duration EXPIRY = Duration.ofMinutes(2);

    private record Mark(String username, String displayName, Instant since, Instant lastSeen) {
    }

    private final Map<Long, Map<String, Mark>> open = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;
    private final ArticlePeople people;
    private final Clock clock;

    ArticlePresence(CurrentUser currentUser, ArticlePeople people, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.clock = clock;
    }

    /** Marks the signed-in user as editing the article in the editor instance {@code editorKey}. */
    @Transactional(readOnly = true)
    @EditorOnly
    public void heartbeat(Long articleId, String editorKey) {
        Instant now = clock.instant();
        String username = currentUser.actorName();
        open.computeIfAbsent(articleId, id -> new ConcurrentHashMap<>()).compute(editorKey, (k, old) ->
                old == null || expired(old, now)
                        ? new Mark(username, people.idOf(username).map(people::displayName).orElse(username), now, now)
                        : new Mark(old.username(), old.displayName(), old.since(), now));
    }

    /**
     * Removes the mark of the editor instance {@code editorKey} (the editor was closed). Needs no signed-in user: the
     * editor closes on detach, which also runs when a session expires or the server shuts down, without a security
     * context; and removing a mark takes the editor's random key, which only that editor knows.
     */
    @PreAuthorize("permitAll()")
    public void leave(Long articleId, String editorKey) {
        var marks = open.get(articleId);
        if (marks != null) {
            marks.remove(editorKey);
        }
    }

    /** Other users who have the article open right now, longest first. */
    @EditorOnly
    public List<PresenceMark> others(Long articleId) {
        Instant now = clock.instant();
        String me = currentUser.actorName();
        var marks = open.getOrDefault(articleId, Map.of());
        marks.values().removeIf(m -> expired(m, now));
        return marks.values().stream()
                .filter(m -> !m.username().equalsIgnoreCase(me))
                .sorted(Comparator.comparing(Mark::since))
                .map(m -> new PresenceMark(m.displayName(), m.since()))
                .distinct()
                .toList();
    }

    private static boolean expired(Mark mark, Instant now) {
        return mark.lastSeen().plus(EXPIRY).isBefore(now);
    }
}
