package de.newsroom.console.comment;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.ModeratorOnly;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.comment.live.CommentsChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff answer a reader as the newsroom, from the moderation detail panel: the reply is published at once (approved,
 * decided by the staff member), signed with the newsroom's name ({@code newsroom.comments.newsroom-name}, default
 * "Redaktion") and marked {@code from_newsroom}, so the public API and the reader page show it as the newsroom's.
 * Only published comments can be answered: a reply under a comment readers cannot see would be invisible too.
 */
@Service
public class NewsroomReplyService {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String newsroomName;

    NewsroomReplyService(JdbcTemplate jdbc, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
                         Clock clock, @Value("${newsroom.comments.newsroom-name:Redaktion}") String newsroomName) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        String name = newsroomName == null ? "" : Texts.normalize(newsroomName);
        if (Texts.check(name, 1, TextLimits.COMMENT_AUTHOR) != TextProblem.OK) {
            throw new IllegalStateException("newsroom.comments.newsroom-name must have 1 to "
                    + TextLimits.COMMENT_AUTHOR + " characters");
        }
        this.newsroomName = name;
    }

    /** The name readers see above the newsroom's replies. */
    @ModeratorOnly
    public String newsroomName() {
        return newsroomName;
    }

    /**
     * Publishes {@code text} as the newsroom's reply to comment {@code parentId} and returns the new comment's id.
     *
     * @throws IllegalArgumentException with a translation key: an empty, too long or unstorable text
     *         ({@code comment.reply.error.*}), or a comment that is gone or not published
     *         ({@code comment.reply.error.gone}, {@code comment.reply.error.not_published})
     */
    @Transactional
    @ModeratorOnly
    public long reply(long parentId, String text) {
        if (text == null || !Texts.isStorable(text)) {
            throw new IllegalArgumentException("comment.reply.error.unstorable");
        }
        String body = Texts.normalize(text);
        TextProblem problem = Texts.check(body, 1, TextLimits.COMMENT_BODY);
        if (problem != TextProblem.OK) {
            throw new IllegalArgumentException("comment.reply.error." + problem.name().toLowerCase(Locale.ROOT));
        }
        // The parent is locked so that a rejection committing at the same moment cannot leave the reply under a
        // hidden comment.
        List<String> status = jdbc.queryForList("select status from comment where id = ? for share", String.class,
                parentId);
        if (status.isEmpty()) {
            throw new IllegalArgumentException("comment.reply.error.gone");
        }
        if (!CommentStatus.APPROVED.name().equals(status.getFirst())) {
            throw new IllegalArgumentException("comment.reply.error.not_published");
        }
        String actor = currentUser.actorName();
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.queryForObject("""
                insert into comment (article_id, parent_id, author_name, body, status, created_at, decided_at,
                                     decided_by, from_newsroom)
                select p.article_id, p.id, ?, ?, 'APPROVED', ?, ?,
                       (select id from user_display_name where lower(username) = lower(?)), true
                from comment p where p.id = ?
                returning id""", Long.class, newsroomName, body, now, now, actor, parentId);
        audit.record("COMMENT_NEWSROOM_REPLY", "comment", id, "reply to " + parentId);
        events.publishEvent(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(id)));
        return id;
    }
}
