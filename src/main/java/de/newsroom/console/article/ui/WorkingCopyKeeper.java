package de.newsroom.console.article.ui;

import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.ArticleWorkingCopies;
import de.newsroom.console.article.ArticleWorkingCopy;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Keeps the editor's unsaved text as the user's working copy on the server: when a field loses focus, and at the next
 * poll after a change (every few seconds while there is something unkept). Writes only when the text differs from
 * what it last kept, and removes the copy once the form is back to the stored text.
 */
final class WorkingCopyKeeper {

    /** How often the editor polls while a change is not yet kept. */
    static final int FAST_POLL_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(WorkingCopyKeeper.class);

    private final ArticleWorkingCopies workingCopies;
    private final Supplier<ArticleDraft> inForm;
    private final Supplier<ArticleDraft> stored;
    private ArticleDraft kept;
    private boolean pending;

    /**
     * @param inForm what the form holds now, with the version it was edited from
     * @param stored what was loaded or last saved (the empty draft for a new article)
     */
    WorkingCopyKeeper(ArticleWorkingCopies workingCopies, Supplier<ArticleDraft> inForm, Supplier<ArticleDraft> stored) {
        this.workingCopies = workingCopies;
        this.inForm = inForm;
        this.stored = stored;
    }

    /** A field changed; {@link #flush} keeps it at the latest on the next poll. */
    void changed() {
        pending = true;
    }

    /** True while a change has not been looked at: the editor then polls faster. */
    boolean pending() {
        return pending;
    }

    /** Keeps the form's text now if it differs from what was kept last. */
    void flush() {
        pending = false;
        ArticleDraft now = inForm.get();
        try {
            if (ArticleWorkingCopy.sameContent(now, stored.get())) {
                if (kept != null) {
                    workingCopies.discard(now.id());
                    kept = null;
                }
                return;
            }
            if (kept != null && kept.baseVersion() == now.baseVersion() && ArticleWorkingCopy.sameContent(now, kept)) {
                return;
            }
            workingCopies.keep(now);
            kept = now;
        } catch (DataAccessException e) {
            // The text is still in the form and the next change tries again; a warning, not an error dialog.
            log.warn("Working copy not kept: {}", e.getMessage());
            pending = true;
        }
    }

    /** The form now shows the stored text (theirs, a restored revision): a copy this editor kept is done with. */
    void settle() {
        pending = false;
        if (kept != null) {
            workingCopies.discard(kept.id());
            kept = null;
        }
    }

    /** The form was saved (which removed the copy on the server) or loaded afresh: nothing of it is unkept. */
    void reset() {
        kept = null;
        pending = false;
    }

    /** The user threw their changes away: so is the copy. */
    void discard(Long articleId) {
        workingCopies.discard(articleId);
        reset();
    }
}
