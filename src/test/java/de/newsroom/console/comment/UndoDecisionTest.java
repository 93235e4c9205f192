package de.newsroom.console.comment;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class UndoDecisionTest {

    @Autowired CommentModerationService moderation;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationContext applicationContext;

    @BeforeEach
    void signInAsModerator() {
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        signIn("moderator");
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"))));
    }

    private java.util.Map<String, Object> row(long id) {
        return jdbc.queryForMap("select status, reject_reason, reject_note, decided_at, decided_by, version, "
                + "reports_handled from comment where id = ?", id);
    }

    private List<String> audit(long id) {
        return jdbc.queryForList("select action || ' ' || detail from audit_event where target_type = 'comment' "
                + "and target_id = ? order by id", String.class, String.valueOf(id));
    }

    @Test
    void undoing_an_approval_puts_the_comment_back_to_pending_exactly_as_it_was_and_audits_a_reversal() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Erst freigegeben.");
        jdbc.update("update comment set report_count = 2, reports_handled = 0 where id = ?", id);
        var before = row(id);

        Decision made = moderation.approve(id, CommentStatus.PENDING, 0);
        assertThat(made.version()).isEqualTo(1);
        assertThat(row(id).get("reports_handled")).isEqualTo(2);
        UndoResult result = moderation.undo(List.of(made));

        assertThat(result.undone()).containsExactly(id);
        assertThat(result.changedSince()).isEmpty();
        var after = row(id);
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(after.get("decided_at")).isNull();
        assertThat(after.get("decided_by")).isNull();
        assertThat(after.get("reports_handled")).isEqualTo(before.get("reports_handled"));
        assertThat(after.get("version")).isEqualTo(2L);
        assertThat(audit(id)).containsExactly("COMMENT_APPROVED PENDING → APPROVED",
                "COMMENT_PENDING APPROVED → PENDING (reversed)");
    }

    @Test
    void undoing_a_reversal_restores_the_earlier_rejection_with_its_reason_note_and_moderator() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Abgelehnt, dann freigegeben.");
        moderation.reject(id, CommentStatus.PENDING, 0, RejectReason.OTHER, "zu lang");
        var rejected = row(id);

        Decision reversal = moderation.approve(id, CommentStatus.REJECTED, 1);
        moderation.undo(List.of(reversal));

        var after = row(id);
        assertThat(after.get("status")).isEqualTo("REJECTED");
        assertThat(after.get("reject_reason")).isEqualTo("OTHER");
        assertThat(after.get("reject_note")).isEqualTo("zu lang");
        assertThat(after.get("decided_at")).isEqualTo(rejected.get("decided_at"));
        assertThat(after.get("decided_by")).isEqualTo(rejected.get("decided_by"));
        assertThat(audit(id)).last().isEqualTo("COMMENT_REJECTED APPROVED → REJECTED (reversed)");
    }

    @Test
    void an_undo_after_someone_else_changed_the_comment_changes_nothing_and_says_who() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Umstritten.");
        Decision mine = moderation.approve(id, CommentStatus.PENDING, 0);
        signIn("chefredaktion");
        moderation.reject(id, CommentStatus.APPROVED, mine.version(), RejectReason.INSULT, null);
        signIn("moderator");
        int auditBefore = audit(id).size();

        UndoResult result = moderation.undo(List.of(mine));

        assertThat(result.undone()).isEmpty();
        assertThat(result.changedSince()).singleElement().satisfies(e -> {
            assertThat(e.commentId()).isEqualTo(id);
            assertThat(e.decidedBy()).isEqualTo("chefredaktion");
            assertThat(e.currentStatus()).isEqualTo(CommentStatus.REJECTED);
        });
        assertThat(row(id).get("status")).isEqualTo("REJECTED");
        assertThat(audit(id)).hasSize(auditBefore);
    }

    @Test
    void a_bulk_decision_is_undone_in_one_go_and_only_where_nothing_changed() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long a = CommentTestData.comment(jdbc, article.id(), "PENDING", "A", "eins");
        long b = CommentTestData.comment(jdbc, article.id(), "PENDING", "B", "zwei");
        long c = CommentTestData.comment(jdbc, article.id(), "PENDING", "C", "drei");
        BulkDecision bulk = moderation.bulkReject(List.of(new CommentVersion(a, 0), new CommentVersion(b, 0),
                new CommentVersion(c, 0)), RejectReason.SPAM, null);
        assertThat(bulk.decisions()).hasSize(3).allSatisfy(d -> assertThat(d.version()).isEqualTo(1));
        moderation.approve(c, CommentStatus.REJECTED, 1);

        UndoResult result = moderation.undo(bulk.decisions());

        assertThat(result.undone()).containsExactlyInAnyOrder(a, b);
        assertThat(result.changedSince()).extracting(DecisionConflictException::commentId).containsExactly(c);
        assertThat(List.of(a, b, c)).extracting(id -> row(id).get("status"))
                .containsExactly("PENDING", "PENDING", "APPROVED");
        assertThat(audit(a)).last().isEqualTo("COMMENT_PENDING REJECTED → PENDING (reversed)");
    }
}
