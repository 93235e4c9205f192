package de.newsroom.console.article;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.CurrentUser;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in editor's working copies: unsaved editor text kept in PostgreSQL so that a reload, a closed tab or a
 * lost node costs nothing, and offered back when the article is opened again. Each user only ever reaches their own
 * copies (the owner is always the caller). Not revisions: no history, no audit; a successful
 * {@link ArticleEditing#save} removes the copy it saved.
 */
@Service
public class ArticleWorkingCopies {

    private final WorkingCopyStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleWorkingCopies(WorkingCopyStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Keeps the form's content as the caller's working copy of {@code draft.id()} (null: their new article),
     * replacing the previous one. Texts past the column limits are cut, unstorable characters replaced.
     */
    @Transactional
    @EditorOnly
    public void keep(ArticleDraft draft) {
        currentUser.username().ifPresent(u -> store.put(u, draft, clock.instant()));
    }

    /** The caller's working copy of the article (null: of their new article), if there is one. */
    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<ArticleWorkingCopy> mine(Long articleId) {
        return currentUser.username().flatMap(u -> store.get(u, articleId));
    }

    /** Throws away the caller's working copy of the article (null: of their new article). */
    @Transactional
    @EditorOnly
    public void discard(Long articleId) {
        currentUser.username().ifPresent(u -> store.delete(u, articleId));
    }
}
