package de.newsroom.console.article;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.EditorOnly;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections on a live article (Pressekodex, section 3; decision 0018): the corrected text goes live at once with a
 * dated note that the API and the reader page show, as a new revision with its audit row, and a next version in the
 * works is rebased on it. Refused unless the article is published, the text changed and the note is filled in.
 */
@Service
public class ArticleCorrections {

    /** Longest correction note, in code points. */
    public static final int MAX_NOTE = 1000;

    private final ArticleLoader loader;
    private final ArticleEditing editing;
    private final ArticleRevisions revisions;
    private final ArticlePeople people;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final WorkingCopyStore workingCopies;

    ArticleCorrections(ArticleLoader loader, ArticleEditing editing, ArticleRevisions revisions, ArticlePeople people,
                       AuditLog audit, JdbcTemplate jdbc, WorkingCopyStore workingCopies) {
        this.workingCopies = workingCopies;
        this.loader = loader;
        this.editing = editing;
        this.revisions = revisions;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Publishes {@code corrected} (based on the live version the editor saw, {@code corrected.baseVersion()}) with
     * {@code note}. A newer live version is refused with {@link ArticleConflictException}: a correction is judged
     * against exactly the text readers saw, never merged blindly.
     */
    @Transactional
    @EditorOnly
    public ArticleDetails publish(ArticleDraft corrected, String note) {
        String checkedNote = checkedNote(note);
        if (corrected.id() == null) {
            throw ArticleLoader.notFound();
        }
        // Like a save: the editor's working copy of this text is done with (a refusal rolls this back).
        people.currentUser().ifPresent(u -> workingCopies.delete(u, corrected.id()));
        Article article = loader.locked(corrected.id());
        if (article.getVersion() != corrected.baseVersion()) {
            ArticleContent seen = revisions.contentAt(article.getId(), corrected.baseVersion()).orElse(null);
            List<ArticleField> changed = seen == null ? List.of() : loader.content(article).changedFrom(seen);
            throw loader.conflict(article, changed.isEmpty() ? Set.of(ArticleField.STATUS) : Set.copyOf(changed));
        }
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ArticleWorkflowException("article.correction.error.notlive");
        }
        long before = article.getVersion();
        ArticleDetails saved = editing.saveLocked(article, corrected);
        if (saved.version() == before) {
            throw ArticleWorkflowException.onField("body", "article.correction.error.unchanged");
        }
        // The revision's time, so the note's date and the history agree.
        Instant now = saved.updatedAt();
        jdbc.update("""
                insert into article_correction (article_id, article_version, corrected_at, actor, note)
                values (?, ?, ?, ?, ?)""", saved.id(), saved.version(), Timestamp.from(now), people.currentActor(),
                checkedNote);
        audit.record("ARTICLE_CORRECTION_PUBLISHED", "article", saved.id(), checkedNote);
        return saved;
    }

    /** The article's corrections, oldest first. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<ArticleCorrection> of(Long articleId) {
        return jdbc.query("""
                select k.corrected_at, k.note, coalesce(u.display_name, k.actor) as editor, k.article_version
                from article_correction k left join user_display_name u on lower(u.username) = lower(k.actor)
                where k.article_id = ? order by k.corrected_at, k.id""",
                (rs, n) -> new ArticleCorrection(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getLong(4)), articleId);
    }

    /** Trimmed, not blank, at most {@link #MAX_NOTE} code points, no control characters but line breaks. */
    static String checkedNote(String note) {
        String n = note == null ? "" : note.strip().replace("\r\n", "\n");
        if (n.isEmpty()) {
            throw ArticleWorkflowException.onField("note", "article.correction.error.note.required");
        }
        if (n.codePointCount(0, n.length()) > MAX_NOTE
                || n.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw ArticleWorkflowException.onField("note", "article.correction.error.note.invalid", MAX_NOTE);
        }
        return n;
    }
}
