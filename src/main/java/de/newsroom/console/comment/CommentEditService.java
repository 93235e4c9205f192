package de.newsroom.console.comment;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.ModeratorOnly;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.comment.live.CommentsChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom edits what a reader wrote (e.g. removes a phone number) before or after approving it. The public text
 * changes and is marked "edited by the newsroom"; the reader's original is kept apart ({@code comment_original}) for
 * admins only and never reaches a public query. Each edit is audited in the same transaction, without the texts.
 */
@Service
public class CommentEditService {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentEditService(JdbcTemplate jdbc, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
                       Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Replaces the public text of comment {@code id}, still at {@code expectedVersion}, and returns the new version.
     *
     * @throws IllegalArgumentException with a translation key for an empty, too long or unstorable text
     * @throws DecisionConflictException when someone changed or decided the comment since it was read
     */
    @Transactional
    @ModeratorOnly
    public long edit(long id, long expectedVersion, String newBody) {
        if (newBody == null || !Texts.isStorable(newBody)) {
            throw new IllegalArgumentException("comment.edit.error.unstorable");
        }
        String body = Texts.normalize(newBody);
        TextProblem problem = Texts.check(body, 1, TextLimits.COMMENT_BODY);
        if (problem != TextProblem.OK) {
            throw new IllegalArgumentException("comment.edit.error." + problem.name().toLowerCase(java.util.Locale.ROOT));
        }
        String actor = currentUser.actorName();
        Timestamp now = Timestamp.from(clock.instant());
        // The reader's own words are kept once, from the row as it was before the first edit.
        jdbc.update("""
                insert into comment_original (comment_id, body, edited_at, edited_by)
                select id, body, ?, ? from comment where id = ? and version = ? and not from_newsroom
                on conflict (comment_id) do nothing""", now, actor.length() > 50 ? actor.substring(0, 50) : actor,
                id, expectedVersion);
        List<Long> version = jdbc.queryForList("""
                update comment set body = ?, edited_by_newsroom = true, version = version + 1
                where id = ? and version = ? returning version""", Long.class, body, id, expectedVersion);
        if (version.isEmpty()) {
            throw conflict(id);
        }
        audit.record("COMMENT_EDITED", "comment", id, null);
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.DECIDED, List.of(id)));
        return version.getFirst();
    }

    /** What the reader originally wrote, if the newsroom edited the comment. Admins only. */
    @Transactional(readOnly = true)
    @AdminOnly
    public Optional<String> original(long id) {
        return jdbc.queryForList("select body from comment_original where comment_id = ?", String.class, id).stream()
                .findFirst();
    }

    private DecisionConflictException conflict(long id) {
        return jdbc.query("""
                select c.status, c.decided_at, coalesce(u.username, 'system'), u.display_name
                from comment c left join user_display_name u on u.id = c.decided_by where c.id = ?""",
                (rs, i) -> new DecisionConflictException(id, rs.getString(3), rs.getString(4),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        CommentStatus.valueOf(rs.getString(1))), id)
                .stream().findFirst().orElseGet(() -> new DecisionConflictException(id, null, null, null, null));
    }
}
