package de.newsroom.console.article;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.ClockTicker;
import de.newsroom.console.base.domain.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Comparator;
import java.util.List;
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

    private record Mark(String username, String displayName, Instant since) {
    }

    private record Key(long articleId, String editorKey) {
    }

    /** Open editors; a mark expires {@link #EXPIRY} after its last heartbeat, on the injected clock's time. */
    private final Cache<Key, Mark> open;
    private final CurrentUser currentUser;
    private final ArticlePeople people;
    private final Clock clock;

    ArticlePresence(CurrentUser currentUser, ArticlePeople people, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.clock = clock;
        this.open = Caffeine.newBuilder().expireAfterWrite(EXPIRY).ticker(ClockTicker.of(clock)).build();
    }

    /** Marks the signed-in user as editing the article in the editor instance {@code editorKey}. */
    @Transactional(readOnly = true)
    @EditorOnly
    public void heartbeat(Long articleId, String editorKey) {
        Instant now = clock.instant();
        String username = currentUser.actorName();
        open.asMap().compute(new Key(articleId, editorKey), (k, old) ->
                old == null
                        ? new Mark(username, people.idOf(username).map(people::displayName).orElse(username), now)
                        // A fresh write restarts the mark's expiry; it keeps when the editor opened.
                        : new Mark(old.username(), old.displayName(), old.since()));
    }

    /**
     * Removes the mark of the editor instance {@code editorKey} (the editor was closed). Needs no signed-in user: the
     * editor closes on detach, which also runs when a session expires or the server shuts down, without a security
     * context; and removing a mark takes the editor's random key, which only that editor knows.
     */
    @PreAuthorize("permitAll()")
    public void leave(Long articleId, String editorKey) {
        open.invalidate(new Key(articleId, editorKey));
    }

    /** Other users who have the article open right now, longest first. */
    @EditorOnly
    public List<PresenceMark> others(Long articleId) {
        String me = currentUser.actorName();
        // Caffeine's view skips expired marks; the scan is over the few editors open on this instance.
        return open.asMap().entrySet().stream()
                .filter(e -> e.getKey().articleId() == articleId)
                .map(java.util.Map.Entry::getValue)
                .filter(m -> !m.username().equalsIgnoreCase(me))
                .sorted(Comparator.comparing(Mark::since))
                .map(m -> new PresenceMark(m.displayName(), m.since()))
                .distinct()
                .toList();
    }
}
