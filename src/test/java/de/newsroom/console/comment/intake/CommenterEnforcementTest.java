package de.newsroom.console.comment.intake;

import static de.newsroom.console.comment.CommentTestData.freshAddress;
import static de.newsroom.console.comment.CommentTestData.submission;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.AutomaticDecision;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.Decision;
import de.newsroom.console.comment.RejectReason;
import de.newsroom.console.dashboard.DashboardService;
import de.newsroom.console.dashboard.QueueHealth;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.commenter.CommenterAction;
import de.newsroom.console.comment.commenter.CommenterActionKind;
import de.newsroom.console.comment.commenter.CommenterKey;
import de.newsroom.console.comment.commenter.CommenterService;
import de.newsroom.console.comment.commenter.TrustSettings;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;

/** Commenter actions as the public comment API applies them: through the real POST, on the real database. */
@IntegrationTest
class CommenterEnforcementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommenterService commenters;

    @Autowired
    ClientAddresses clients;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    CommentModerationService moderation;

    @Autowired
    DashboardService dashboard;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String role, Callable<T> work) throws Exception {
        var roles = "ADMIN".equals(role) ? new String[] {"ADMIN", "EDITOR", "MODERATOR"} : new String[] {role};
        var auth = UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase(Locale.ROOT), null,
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MockHttpServletResponse post(String address, String slug, String email, String body, String language)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .post("/api/public/articles/{slug}/comments", slug)
                                .contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                                .header("Accept-Language", language)
                                .content(submission("Leserin", email, body).getBytes(StandardCharsets.UTF_8))
                                .with(r -> {
                                    r.setRemoteAddr(address);
                                    return r;
                                }))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String clientHash(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return clients.clientHash(request);
    }

    private static String email() {
        return "leserin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private int stored(Article article, String body) {
        return jdbc.queryForObject("select count(*) from comment where article_id = ? and body = ?", Integer.class,
                article.id(), body);
    }

    private String status(Article article, String body) {
        return jdbc.queryForObject("select status from comment where article_id = ? and body = ?", String.class,
                article.id(), body);
    }

    @Test
    void a_suspended_commenter_is_refused_with_the_end_date_until_the_suspension_is_lifted() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String email = email();
        CommenterAction suspension = as("MODERATOR", () -> commenters.act(new CommenterKey(email, null),
                CommenterActionKind.SUSPEND, 3, "Beleidigungen"));

        // Same e-mail in other letters, from another address: still the same commenter.
        MockHttpServletResponse refused = post(freshAddress(), article.slug(), email.toUpperCase(Locale.ROOT),
                "Ich bin wieder da.", "de-DE");

        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN)
                .format(suspension.endsAt().atZone(ZoneId.of("Europe/Berlin")));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString())
                .contains("\"error\":\"commenter_blocked\"")
                .contains("Sie sind bis zum " + day + " für Kommentare gesperrt.")
                .doesNotContain("fieldErrors");
        assertThat(stored(article, "Ich bin wieder da.")).isZero();
        MockHttpServletResponse english = post(freshAddress(), article.slug(), email, "Ich bin wieder da.", "en");
        assertThat(english.getContentAsString()).contains("You are suspended from commenting until");

        as("MODERATOR", () -> commenters.lift(suspension.id(), "Versehen"));
        MockHttpServletResponse accepted = post(freshAddress(), article.slug(), email, "Ich bin wieder da.", "de");
        assertThat(accepted.getStatus()).isEqualTo(202);
        assertThat(status(article, "Ich bin wieder da.")).isEqualTo("PENDING");
    }

    @Test
    void a_banned_client_is_refused_whatever_e_mail_it_gives() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String address = freshAddress();
        as("MODERATOR", () -> commenters.act(new CommenterKey(null, clientHash(address)), CommenterActionKind.BAN,
                null, "Spam-Schleuder"));

        MockHttpServletResponse refused = post(address, article.slug(), email(), "Kauft hier!", "en");

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("banned you from commenting");
        assertThat(stored(article, "Kauft hier!")).isZero();
        // Another client is not affected.
        assertThat(post(freshAddress(), article.slug(), email(), "Kauft hier!", "en").getStatus()).isEqualTo(202);
    }

    @Test
    void automatic_trust_approves_after_enough_approved_comments_unless_pre_moderated_flagged_or_rejected_before()
            throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String trusted = email();
        String premoderated = email();
        String once = email();
        for (String email : new String[] {trusted, premoderated, once}) {
            for (int i = 0; i < 2; i++) {
                jdbc.update("""
                        insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                        values (?, 'Leserin', ?, ?, 'APPROVED', ?, now() - interval '1 day')""", article.id(), email,
                        "Früher " + i, "old-" + email);
            }
        }
        jdbc.update("""
                insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                values (?, 'Leserin', ?, 'Abgelehnt', 'REJECTED', 'x', now() - interval '1 day')""", article.id(), once);
        as("MODERATOR", () -> commenters.act(new CommenterKey(premoderated, null), CommenterActionKind.PREMODERATE,
                null, "Grenzwertig"));

        // Off by default: pending.
        assertThat(post(freshAddress(), article.slug(), trusted, "Vor dem Einschalten", "de").getContentAsString())
                .contains("\"status\":\"PENDING\"");
        as("ADMIN", () -> commenters.setTrustSettings(new TrustSettings(true, 2)));
        try {
            MockHttpServletResponse approved = post(freshAddress(), article.slug(), trusted, "Vertraut", "de");
            assertThat(approved.getStatus()).isEqualTo(202);
            assertThat(approved.getContentAsString()).contains("\"status\":\"APPROVED\"")
                    .contains("Ihr Kommentar ist veröffentlicht");
            assertThat(status(article, "Vertraut")).isEqualTo("APPROVED");
            assertThat(jdbc.queryForObject("select decided_at is not null from comment where body = 'Vertraut'",
                    Boolean.class)).isTrue();

            post(freshAddress(), article.slug(), premoderated, "Vorab geprüft", "de");
            assertThat(status(article, "Vorab geprüft")).isEqualTo("PENDING");
            post(freshAddress(), article.slug(), once, "Einmal abgelehnt", "de");
            assertThat(status(article, "Einmal abgelehnt")).isEqualTo("PENDING");
            post(freshAddress(), article.slug(), trusted,
                    "Links: https://a.example https://b.example https://c.example", "de");
            assertThat(status(article, "Links: https://a.example https://b.example https://c.example"))
                    .as("a flagged comment waits even when its commenter is trusted").isEqualTo("PENDING");
        } finally {
            as("ADMIN", () -> commenters.setTrustSettings(new TrustSettings(false, 5)));
        }
        post(freshAddress(), article.slug(), trusted, "Nach dem Ausschalten", "de");
        assertThat(status(article, "Nach dem Ausschalten")).isEqualTo("PENDING");
    }

    @Test
    void a_commenter_trusted_by_a_moderator_is_approved_on_arrival_and_pending_again_once_lifted() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String email = email();
        CommenterAction trust = as("MODERATOR", () -> commenters.act(new CommenterKey(email, null),
                CommenterActionKind.TRUST, null, "Bekannte Autorin"));

        MockHttpServletResponse approved = post(freshAddress(), article.slug(), email, "Sofort sichtbar", "en");
        assertThat(approved.getContentAsString()).contains("\"status\":\"APPROVED\"");
        assertThat(status(article, "Sofort sichtbar")).isEqualTo("APPROVED");

        as("MODERATOR", () -> commenters.lift(trust.id(), "Nicht mehr nötig"));
        post(freshAddress(), article.slug(), email, "Wieder geprüft", "en");
        assertThat(status(article, "Wieder geprüft")).isEqualTo("PENDING");
    }

    @Test
    void an_approval_on_arrival_is_the_systems_names_its_automation_and_counts_in_no_moderators_figures()
            throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String regular = email();
        for (int i = 0; i < 2; i++) {
            jdbc.update("""
                    insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                    values (?, 'Leserin', ?, ?, 'APPROVED', ?, now() - interval '1 day')""", article.id(), regular,
                    "Früher " + i, "old-" + regular);
        }
        String known = email();
        as("MODERATOR", () -> commenters.act(new CommenterKey(known, null), CommenterActionKind.TRUST, null,
                "Bekannte Autorin"));
        long decidedBefore = decidedByModerators();
        as("ADMIN", () -> commenters.setTrustSettings(new TrustSettings(true, 2)));
        try {
            post(freshAddress(), article.slug(), regular, "Automatisch vertraut", "de");
            post(freshAddress(), article.slug(), known, "Von der Moderation vertraut", "de");
        } finally {
            as("ADMIN", () -> commenters.setTrustSettings(new TrustSettings(false, 5)));
        }

        Map<String, Object> automatic = decision(article, "Automatisch vertraut");
        assertThat(automatic).containsEntry("status", "APPROVED").containsEntry("decided_by", null)
                .containsEntry("decided_automatically", "AUTOMATIC_TRUST");
        assertThat(automatic.get("decided_at")).isNotNull();
        assertThat(decision(article, "Von der Moderation vertraut")).containsEntry("status", "APPROVED")
                .containsEntry("decided_by", null).containsEntry("decided_automatically", "TRUSTED_COMMENTER");
        // Time to decision and decisions per moderator count people's decisions only.
        assertThat(decidedByModerators()).isEqualTo(decidedBefore);
        QueueHealth health = as("MODERATOR", () -> dashboard.queueHealth());
        assertThat(health.perModeratorDay()).extracting(QueueHealth.ModeratorDay::moderator)
                .doesNotContainNull().doesNotContain("?");

        // A moderator who takes the approval back owns the decision; undoing that restores the system's.
        long id = jdbc.queryForObject("select id from comment where article_id = ? and body = ?", Long.class,
                article.id(), "Automatisch vertraut");
        long version = jdbc.queryForObject("select version from comment where id = ?", Long.class, id);
        Decision reversal = as("MODERATOR", () -> moderation.reject(id, CommentStatus.APPROVED, version,
                RejectReason.OFF_TOPIC, null));
        assertThat(reversal.previousAutomatic()).isEqualTo(AutomaticDecision.AUTOMATIC_TRUST);
        Map<String, Object> rejected = jdbc.queryForMap(
                "select status, decided_by is not null as by_person, decided_automatically from comment where id = ?",
                id);
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("by_person", true)
                .containsEntry("decided_automatically", null);
        assertThat(decidedByModerators()).isEqualTo(decidedBefore + 1);
        as("MODERATOR", () -> moderation.undo(List.of(reversal)));
        assertThat(jdbc.queryForMap("select status, decided_by, decided_automatically from comment where id = ?", id))
                .containsEntry("status", "APPROVED").containsEntry("decided_by", null)
                .containsEntry("decided_automatically", "AUTOMATIC_TRUST");
    }

    private Map<String, Object> decision(Article article, String body) {
        return jdbc.queryForMap("select status, decided_by, decided_automatically, decided_at from comment "
                + "where article_id = ? and body = ?", article.id(), body);
    }

    /** Decisions in the queue health's time-to-decision figures (all hours of the last day together). */
    private long decidedByModerators() throws Exception {
        return as("MODERATOR", () -> dashboard.queueHealth()).perHour().stream()
                .mapToLong(QueueHealth.DecisionTimes::decided).sum();
    }
}
