package de.newsroom.console.comment.commenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.CommentTestData.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@IntegrationTest
class CommenterServiceTest {

    @Autowired
    CommenterService commenters;

    @Autowired
    CommenterGate gate;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext applicationContext;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String username, String... roles) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    /** A commenter no other test uses, with comments in the given statuses (oldest first), one minute apart. */
    private record Commenter(String email, String client, List<Long> ids) {
        CommenterKey key() {
            return new CommenterKey(email, client);
        }
    }

    private Commenter commenter(Article article, String... statuses) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "Leserin." + tag + "@Example.org";
        String client = "client-" + tag;
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            // Every other comment only by client (no e-mail): the history finds both.
            ids.add(jdbc.queryForObject("""
                    insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                    values (?, 'Leserin', ?, ?, ?, ?, now() - ? * interval '1 minute') returning id""", Long.class,
                    article.id(), i % 2 == 0 ? email : null, "Kommentar " + i, statuses[i], client,
                    statuses.length - i));
        }
        return new Commenter(email, client, ids);
    }

    private int audits(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_type = "
                + "'commenter_action' and target_id = ? and actor = 'moderator'", Integer.class, action,
                String.valueOf(id));
    }

    @Test
    void editors_and_anonymous_callers_cannot_see_or_act_on_commenters() {
        var key = new CommenterKey("x@example.org", null);
        assertThatThrownBy(() -> commenters.history(key, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn("editor", "EDITOR");
        assertThatThrownBy(() -> commenters.history(key, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commenters.act(key, CommenterActionKind.BAN, null, "Spam"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commenters.activeActions()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from commenter_action where email_lower = 'x@example.org'",
                Integer.class)).isZero();
    }

    @Test
    void only_admins_change_automatic_trust_and_every_change_is_audited() {
        signIn("moderator", "MODERATOR");
        assertThat(commenters.trustSettings()).isEqualTo(new TrustSettings(false, 5));
        assertThatThrownBy(() -> commenters.setTrustSettings(new TrustSettings(true, 3)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin", "ADMIN", "EDITOR", "MODERATOR");
        int before = jdbc.queryForObject("select count(*) from audit_event where action = 'COMMENT_TRUST_SETTING'",
                Integer.class);
        try {
            assertThatThrownBy(() -> commenters.setTrustSettings(new TrustSettings(true, 0)))
                    .hasMessage("comment.commenter.error.trustMin");
            commenters.setTrustSettings(new TrustSettings(true, 3));
            assertThat(commenters.trustSettings()).isEqualTo(new TrustSettings(true, 3));
            assertThat(gate.admission("someone@example.org", "c").trustMin()).isEqualTo(3);
        } finally {
            commenters.setTrustSettings(new TrustSettings(false, 5));
        }
        assertThat(gate.admission("someone@example.org", "c").trustMin()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COMMENT_TRUST_SETTING'",
                Integer.class)).isEqualTo(before + 2);
    }

    @Test
    void the_history_finds_comments_by_email_or_client_newest_first_with_counts_and_pages() {
        Article article = CommentTestData.publishedArticle(jdbc);
        Commenter c = commenter(article, "APPROVED", "APPROVED", "REJECTED", "SPAM", "PENDING", "APPROVED");
        // Someone else's comment on the same article stays out.
        CommentTestData.comment(jdbc, article.id(), "APPROVED", "Jemand", "Anderer Text");
        signIn("moderator", "MODERATOR");

        CommenterHistory first = commenters.history(c.key(), 0, 4);

        assertThat(first.key().email()).isEqualTo(c.email().toLowerCase());
        assertThat(List.of(first.approved(), first.rejected(), first.spam(), first.pending()))
                .containsExactly(3L, 1L, 1L, 1L);
        assertThat(first.comments()).extracting(CommenterHistory.Entry::id)
                .containsExactly(c.ids().get(5), c.ids().get(4), c.ids().get(3), c.ids().get(2));
        assertThat(first.comments().getFirst().articleTitle()).isEqualTo(article.title());
        assertThat(commenters.history(c.key(), 1, 4).comments()).extracting(CommenterHistory.Entry::id)
                .containsExactly(c.ids().get(1), c.ids().get(0));
        // By e-mail alone: only the comments that carry it (any case).
        CommenterHistory byEmail = commenters.history(new CommenterKey(c.email().toUpperCase(), null), 0, 10);
        assertThat(byEmail.comments()).extracting(CommenterHistory.Entry::status)
                .containsExactly(CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.APPROVED);
        assertThat(commenters.commenterOf(c.ids().getFirst())).isEqualTo(c.key());
    }

    @Test
    void a_suspension_ends_after_its_days_is_audited_and_can_be_lifted_with_a_reason() {
        Article article = CommentTestData.publishedArticle(jdbc);
        Commenter c = commenter(article, "REJECTED");
        signIn("moderator", "MODERATOR");
        Instant before = Instant.now();

        CommenterAction suspension = commenters.act(c.key(), CommenterActionKind.SUSPEND, 7, "  Beleidigungen  ");

        assertThat(suspension.reason()).isEqualTo("Beleidigungen");
        assertThat(Duration.between(before, suspension.endsAt())).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(1));
        assertThat(audits("COMMENTER_SUSPEND", suspension.id())).isEqualTo(1);
        assertThat(commenters.activeActions()).extracting(a -> a.action().id()).contains(suspension.id());
        assertThat(gate.admission(c.email(), null).refused()).isTrue();
        assertThat(gate.admission(null, c.client()).until()).isEqualTo(suspension.endsAt());

        assertThatThrownBy(() -> commenters.lift(suspension.id(), " ")).hasMessage("comment.commenter.error.reason");
        assertThat(commenters.lift(suspension.id(), "Entschuldigung erhalten")).isTrue();
        assertThat(commenters.lift(suspension.id(), "noch einmal")).isFalse();

        assertThat(audits("COMMENTER_ACTION_LIFTED", suspension.id())).isEqualTo(1);
        assertThat(commenters.activeActions()).extracting(a -> a.action().id()).doesNotContain(suspension.id());
        assertThat(gate.admission(c.email(), c.client()).action()).isNull();
        CommenterAction lifted = commenters.history(c.key(), 0, 1).actions().getFirst();
        // Read back by display name, as the moderation shows who acted (the column keeps the username).
        assertThat(lifted.liftedBy()).isEqualTo(jdbc.queryForObject(
                "select display_name from app_user where username = 'moderator'", String.class));
        assertThat(lifted.liftReason()).isEqualTo("Entschuldigung erhalten");
    }

    /**
     * The list of actions in force names each commenter by the name of their newest comment by either key (a reader
     * without an e-mail was listed only as "IP-Kennung de976bb69d…"), for every row in the one statement.
     */
    @Test
    void actions_in_force_carry_the_name_of_the_commenters_newest_comment_by_either_key_in_one_statement() {
        Article article = CommentTestData.publishedArticle(jdbc);
        signIn("moderator", "MODERATOR");
        // By e-mail: the newest comment has the e-mail, but no client hash the action knows.
        Commenter byEmail = commenter(article, "REJECTED", "REJECTED");
        jdbc.update("""
                insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                values (?, 'Leserin Lena', ?, 'Neu', 'PENDING', 'other-client', now())""", article.id(),
                byEmail.email());
        // By client only: no e-mail anywhere; the newest comment was written under another name.
        Commenter byClient = commenter(article, "SPAM", "SPAM");
        jdbc.update("update comment set email = null where client_hash = ?", byClient.client());
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, 'Kai aus Kassel', 'Neu', 'PENDING', ?, now())""", article.id(), byClient.client());
        // An action whose commenter has no comment left: no name, the key still identifies them.
        CommenterKey gone = new CommenterKey(null, "gone-" + UUID.randomUUID());

        CommenterAction onEmail = commenters.act(byEmail.key(), CommenterActionKind.SUSPEND, 3, "Beleidigungen");
        CommenterAction onClient = commenters.act(new CommenterKey(null, byClient.client()),
                CommenterActionKind.BAN, null, "Spam");
        CommenterAction onNobody = commenters.act(gone, CommenterActionKind.PREMODERATE, null, "Verdacht");

        var counted = StatementCounter.count(() -> commenters.activeActions());
        assertThat(counted.count()).as("one statement, however many rows").isEqualTo(1);
        var names = new java.util.HashMap<Long, String>();
        counted.result().forEach(a -> names.put(a.action().id(), a.lastAuthorName()));
        assertThat(names).containsEntry(onEmail.id(), "Leserin Lena").containsEntry(onClient.id(), "Kai aus Kassel")
                .containsEntry(onNobody.id(), null);
        assertThat(counted.result().stream().filter(a -> a.action().id() == onClient.id()).findFirst().orElseThrow()
                .action().key()).isEqualTo(new CommenterKey(null, byClient.client()));
    }

    @Test
    void ban_premoderation_and_trust_each_apply_and_a_new_action_replaces_the_active_one() {
        Article article = CommentTestData.publishedArticle(jdbc);
        Commenter c = commenter(article, "APPROVED");
        signIn("moderator", "MODERATOR");

        CommenterAction trust = commenters.act(c.key(), CommenterActionKind.TRUST, null, "Langjährige Leserin");
        assertThat(trust.endsAt()).isNull();
        assertThat(gate.admission(c.email(), null).trusted()).isTrue();
        CommenterAction premoderate = commenters.act(c.key(), CommenterActionKind.PREMODERATE, 3, "Zu hitzig");
        assertThat(premoderate.endsAt()).as("days only for suspensions").isNull();
        assertThat(gate.admission(null, c.client()).action()).isEqualTo(CommenterActionKind.PREMODERATE);
        CommenterAction ban = commenters.act(c.key(), CommenterActionKind.BAN, null, "Wiederholte Hetze");
        assertThat(gate.admission(c.email(), c.client()).action()).isEqualTo(CommenterActionKind.BAN);
        assertThat(gate.admission(c.email(), c.client()).trustMin()).isNull();

        assertThat(commenters.activeActions()).extracting(a -> a.action().id())
                .contains(ban.id()).doesNotContain(trust.id(), premoderate.id());
        assertThat(audits("COMMENTER_TRUST", trust.id())).isEqualTo(1);
        assertThat(audits("COMMENTER_PREMODERATE", premoderate.id())).isEqualTo(1);
        assertThat(audits("COMMENTER_BAN", ban.id())).isEqualTo(1);
        assertThat(audits("COMMENTER_ACTION_LIFTED", trust.id())).isEqualTo(1);
        assertThat(audits("COMMENTER_ACTION_LIFTED", premoderate.id())).isEqualTo(1);
        assertThat(commenters.history(c.key(), 0, 1).actions()).extracting(CommenterAction::kind)
                .containsExactly(CommenterActionKind.BAN, CommenterActionKind.PREMODERATE, CommenterActionKind.TRUST);

        assertThat(commenters.lift(ban.id(), "Einspruch stattgegeben")).isTrue();
        assertThat(gate.admission(c.email(), c.client()).action()).isNull();
    }

    @Test
    void a_reason_is_required_and_limited_in_code_points_and_days_are_checked() {
        Article article = CommentTestData.publishedArticle(jdbc);
        Commenter c = commenter(article, "PENDING");
        signIn("moderator", "MODERATOR");

        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.BAN, null, "   "))
                .hasMessage("comment.commenter.error.reason");
        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.BAN, null, null))
                .hasMessage("comment.commenter.error.reason");
        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.BAN, null, "🙂".repeat(501)))
                .hasMessage("comment.commenter.error.reasonLength");
        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.BAN, null, "a\u0000b"))
                .hasMessage("comment.commenter.error.reasonUnstorable");
        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.SUSPEND, 0, "Grund"))
                .hasMessage("comment.commenter.error.days");
        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.SUSPEND, 366, "Grund"))
                .hasMessage("comment.commenter.error.days");
        assertThatThrownBy(() -> commenters.act(c.key(), CommenterActionKind.SUSPEND, null, "Grund"))
                .hasMessage("comment.commenter.error.days");
        assertThat(jdbc.queryForObject("select count(*) from commenter_action where client_hash = ?", Integer.class,
                c.client())).isZero();

        // 500 emoji are 1,000 UTF-16 units but 500 code points: allowed.
        CommenterAction ok = commenters.act(c.key(), CommenterActionKind.PREMODERATE, null, "🙂".repeat(500));
        assertThat(ok.reason().codePointCount(0, ok.reason().length())).isEqualTo(500);
    }
}
