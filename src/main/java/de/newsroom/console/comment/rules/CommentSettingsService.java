package de.newsroom.console.comment.rules;

import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.ModeratorOnly;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.Texts;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' rules for automatic flags: blocked words and the author block list. Every change is audited. */
@Service
public class CommentSettingsService {

    public static final int WORD_MAX = 80;
    public static final int VALUE_MAX = 254;
    public static final int REPORT_THRESHOLD_MIN = 1;
    public static final int REPORT_THRESHOLD_MAX = 100;

    private final JdbcTemplate jdbc;
    private final CommentRules rules;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    CommentSettingsService(JdbcTemplate jdbc, CommentRules rules, AuditLog audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @ModeratorOnly
    public List<BlockedWord> blockedWords() {
        return rules.blockedWords();
    }

    @Transactional(readOnly = true)
    @ModeratorOnly
    public List<BlockedAuthor> blockedAuthors() {
        return rules.blockedAuthors();
    }

    /** How many reader reports no decision has seen send an approved comment back to review. */
    @Transactional(readOnly = true)
    @ModeratorOnly
    public int reportThreshold() {
        Integer value = jdbc.queryForObject("select report_threshold from comment_moderation_setting", Integer.class);
        return value == null ? 3 : value;
    }

    /**
     * Sets the report threshold ({@value #REPORT_THRESHOLD_MIN} to {@value #REPORT_THRESHOLD_MAX}); audited.
     *
     * @throws IllegalArgumentException with a translation key when out of range
     */
    @Transactional
    @AdminOnly
    public void setReportThreshold(int threshold) {
        if (threshold < REPORT_THRESHOLD_MIN || threshold > REPORT_THRESHOLD_MAX) {
            throw new IllegalArgumentException("comment.settings.error.threshold");
        }
        Integer before = jdbc.queryForObject("""
                update comment_moderation_setting n set report_threshold = ?
                from comment_moderation_setting o where o.id = n.id returning o.report_threshold""",
                Integer.class, threshold);
        if (before == null || before != threshold) {
            audit.record("COMMENT_REPORT_THRESHOLD", "setting", "report_threshold", before + " → " + threshold);
        }
    }

    /**
     * Adds a blocked word; {@code exceptions} is a comma-separated list of harmless words containing it.
     *
     * @throws IllegalArgumentException with a user-facing reason for a blank, too long or duplicate word
     */
    @Transactional
    @AdminOnly
    public BlockedWord addBlockedWord(String word, boolean wholeWord, String exceptions) {
        String clean = Texts.normalize(word);
        if (clean == null || clean.isEmpty() || !Texts.isStorable(clean) || Texts.codePointLength(clean) > WORD_MAX
                || Texts.fold(clean).isBlank()) {
            throw new IllegalArgumentException("comment.settings.error.word");
        }
        List<String> exceptionList = exceptions == null ? List.of() : Arrays.stream(exceptions.split(","))
                .map(Texts::normalize).filter(s -> !s.isEmpty() && Texts.isStorable(s)).distinct().toList();
        try {
            Long id = jdbc.queryForObject("""
                    insert into comment_blocked_word (word, whole_word, exceptions, created_by) values (?, ?, ?, ?)
                    returning id""", Long.class, clean, wholeWord, exceptionList.toArray(String[]::new),
                    currentUser.actorName());
            rules.changed();
            audit.record("COMMENT_RULE_ADDED", "blocked_word", id, clean + (wholeWord ? " (whole word)" :
                    " (part of word)") + (exceptionList.isEmpty() ? "" : "; except " + exceptionList));
            return new BlockedWord(id, clean, wholeWord, exceptionList);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("comment.settings.error.duplicate");
        }
    }

    @Transactional
    @AdminOnly
    public void removeBlockedWord(long id) {
        List<String> word = jdbc.queryForList("delete from comment_blocked_word where id = ? returning word",
                String.class, id);
        if (!word.isEmpty()) {
            rules.changed();
            audit.record("COMMENT_RULE_REMOVED", "blocked_word", id, word.getFirst());
        }
    }

    /** Adds an author block-list entry: comments matching it are rejected as spam on arrival. */
    @Transactional
    @AdminOnly
    public BlockedAuthor addBlockedAuthor(BlockedAuthor.Kind kind, String value, String note) {
        String clean = Texts.normalize(value);
        if (kind == null || clean == null || clean.isEmpty() || !Texts.isStorable(clean)
                || Texts.codePointLength(clean) > VALUE_MAX) {
            throw new IllegalArgumentException("comment.settings.error.value");
        }
        String cleanNote = Texts.normalize(note);
        if (cleanNote != null && (cleanNote.isEmpty() || !Texts.isStorable(cleanNote))) {
            cleanNote = null;
        }
        if (cleanNote != null && Texts.codePointLength(cleanNote) > 200) {
            cleanNote = cleanNote.substring(0, cleanNote.offsetByCodePoints(0, 200));
        }
        try {
            Long id = jdbc.queryForObject("""
                    insert into comment_blocked_author (kind, value, note, created_by) values (?, ?, ?, ?)
                    returning id""", Long.class, kind.name(), clean, cleanNote, currentUser.actorName());
            rules.changed();
            audit.record("COMMENT_BLOCK_ADDED", "blocked_author", id, kind + " " + clean);
            return new BlockedAuthor(id, kind, clean, cleanNote);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("comment.settings.error.duplicate");
        }
    }

    @Transactional
    @AdminOnly
    public void removeBlockedAuthor(long id) {
        List<String> value = jdbc.queryForList(
                "delete from comment_blocked_author where id = ? returning kind || ' ' || value", String.class, id);
        if (!value.isEmpty()) {
            rules.changed();
            audit.record("COMMENT_BLOCK_REMOVED", "blocked_author", id, value.getFirst());
        }
    }

    /**
     * Blocks the sender of comment {@code commentId} by client hash (the raw address is never known), with
     * {@code note} (written by the caller in the admin's language, e.g. "Kommentar 42 von Kim") telling later readers
     * of the list why. A blank note is stored as none: the database holds no text in one language of its own making
     * (before: "client of comment N", shown in English to German admins).
     */
    @Transactional
    @AdminOnly
    public BlockedAuthor blockClientOf(long commentId, String note) {
        String hash = jdbc.queryForList("select client_hash from comment where id = ?", String.class, commentId)
                .stream().filter(h -> h != null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("comment.block.error.noclient"));
        try {
            return addBlockedAuthor(BlockedAuthor.Kind.CLIENT_HASH, hash, note);
        } catch (IllegalArgumentException e) {
            throw "comment.settings.error.duplicate".equals(e.getMessage())
                    ? new IllegalArgumentException("comment.block.error.already") : e;
        }
    }
}
