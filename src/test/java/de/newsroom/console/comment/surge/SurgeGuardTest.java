package de.newsroom.console.comment.surge;

import static de.newsroom.console.comment.CommentTestData.freshAddress;
import static de.newsroom.console.comment.CommentTestData.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.CommentVersion;
import de.newsroom.console.comment.commenter.CommenterActionKind;
import de.newsroom.console.comment.commenter.CommenterGate;
import de.newsroom.console.comment.commenter.CommenterKey;
import de.newsroom.console.comment.commenter.CommenterService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The surge guard end to end on the real database: a burst through the public API switches it on, the policy
 * applies to the next comment, decisions bring the queue back and it lifts; every switch audited once.
 */
@IntegrationTest
class SurgeGuardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurgeEvaluator evaluator;
    @Autowired
    SurgeGuard guard;
    @Autowired
    SurgeSettingsService settings;
    @Autowired
    CommentModerationService moderation;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CommenterService commenters;
    @Autowired
    CommenterGate gate;

    /** The last audit row before this test: the previous test's clean-up may have written one a moment ago. */
    private long auditsBefore;

    @BeforeEach
    void setUp() {
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        auditsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    @AfterEach
    void switchOff() {
        // Leave the shared database as other tests expect it: guard off and lifted.
        jdbc.update("update comment_moderation_setting set surge_enabled = false");
        evaluator.evaluate();
        assertThat(guard.current().active()).isFalse();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_burst_through_the_public_api_switches_the_guard_on_holds_new_comments_and_lifts_once_decided()
            throws Exception {
        // Ten articles, so that the per-article rate limit (30 at once) lets the whole burst in.
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(CommentTestData.publishedArticle(jdbc));
        }
        Article article = articles.getFirst();
        long before = pending();
        // Lift below 100 % of the threshold: other tests leave their pending comments in the shared database (one
        // leaves 100,000), so "back under control" here means the burst decided, whatever was pending before.
        configure(new SurgeSettings(true, (int) before + 150, 0, 0, 100, 0, SurgePolicy.HOLD_ALL, 3, 15));
        evaluator.evaluate();
        assertThat(guard.current().active()).isFalse();

        // 200 comments from 200 readers, 8 at a time.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String body = "Ansturm " + i;
                String slug = articles.get(i % articles.size()).slug();
                posts.add(pool.submit(() -> send(slug, body, "en").getStatus()));
            }
            for (Future<Integer> p : posts) {
                assertThat(p.get()).isEqualTo(202);
            }
        } finally {
            pool.shutdown();
        }

        evaluator.evaluate();
        SurgeStatus on = guard.current();
        assertThat(on.active()).isTrue();
        assertThat(on.policy()).isEqualTo(SurgePolicy.HOLD_ALL);
        assertThat(on.trigger()).isEqualTo(SurgeTrigger.PENDING);
        assertThat(on.triggerValue()).isGreaterThanOrEqualTo(before + 150);
        assertThat(audits("COMMENT_SURGE_ON")).singleElement().asString()
                .startsWith("PENDING ").contains("reached threshold " + (before + 150)).contains("policy HOLD_ALL");

        // The next comment is held: flagged for the moderators, the reader told that review takes longer.
        MockHttpServletResponse held = send(article.slug(), "Noch einer während des Ansturms", "de");
        assertThat(held.getStatus()).isEqualTo(202);
        assertThat(held.getContentAsString(StandardCharsets.UTF_8)).contains("dauert die Prüfung länger");
        assertThat(flagsOf(article, "Noch einer während des Ansturms")).anyMatch(f -> f.startsWith("surge-hold: "));

        // The moderators decide the burst; the queue is back below the threshold and the guard lifts.
        signIn("mod", "MODERATOR");
        List<CommentVersion> burst = jdbc.query("select id, version from comment where article_id = any(?) "
                + "and status = 'PENDING'", (rs, i) -> new CommentVersion(rs.getLong(1), rs.getLong(2)),
                (Object) articles.stream().map(Article::id).toArray(Long[]::new));
        assertThat(moderation.bulkApprove(burst).decided()).hasSize(201);
        evaluator.evaluate();
        assertThat(guard.current().active()).isFalse();
        assertThat(audits("COMMENT_SURGE_OFF")).singleElement().asString().startsWith("below 100 % of every threshold");

        MockHttpServletResponse after = send(article.slug(), "Wieder ruhig", "en");
        assertThat(after.getContentAsString()).contains("will be published after review").doesNotContain("longer");
        assertThat(flagsOf(article, "Wieder ruhig")).noneMatch(f -> f.startsWith("surge-hold"));
    }

    @Test
    void hold_all_keeps_a_trusted_commenters_comment_pending_and_trust_applies_again_once_lifted() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String email = trustedUnder(SurgePolicy.HOLD_ALL, article, "stammleserin-");
        assertThat(guard.current().holdsAll()).isTrue();

        assertThat(sendAs(email, article.slug(), "Vertrauen im Ansturm", "en").getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select status from comment where article_id = ? and body = ?", String.class,
                article.id(), "Vertrauen im Ansturm")).isEqualTo("PENDING");

        jdbc.update("update comment_moderation_setting set surge_enabled = false");
        evaluator.evaluate();
        assertThat(sendAs(email, article.slug(), "Vertrauen danach", "en").getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select status from comment where article_id = ? and body = ?", String.class,
                article.id(), "Vertrauen danach")).isEqualTo("APPROVED");
    }

    @Test
    void two_evaluators_at_the_same_moment_switch_on_once_and_off_once() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Wartet");
        configure(new SurgeSettings(true, 1, 0, 0, 50, 0, SurgePolicy.HOLD_ALL, 3, 15));

        List<SurgeEvaluator.Outcome> on = concurrently(4);
        assertThat(on).filteredOn(o -> o == SurgeEvaluator.Outcome.SWITCHED_ON).hasSizeLessThanOrEqualTo(1);
        assertThat(audits("COMMENT_SURGE_ON")).hasSize(1);
        assertThat(guard.current().active()).isTrue();

        jdbc.update("update comment_moderation_setting set surge_enabled = false");
        List<SurgeEvaluator.Outcome> off = concurrently(4);
        assertThat(off).filteredOn(o -> o == SurgeEvaluator.Outcome.SWITCHED_OFF).hasSizeLessThanOrEqualTo(1);
        assertThat(audits("COMMENT_SURGE_OFF")).singleElement().asString().startsWith("guard disabled");
        assertThat(guard.current().active()).isFalse();
    }

    @Test
    void closing_hot_articles_refuses_comments_there_with_a_clear_message_and_reopens_only_those_when_lifted()
            throws Exception {
        Article hot = CommentTestData.publishedArticle(jdbc);
        Article quiet = CommentTestData.publishedArticle(jdbc);
        closeHotArticlesAfter(hot, 5, "Heiß ");
        assertThat(guard.current().closedSlugs()).contains(hot.slug()).doesNotContain(quiet.slug());

        MockHttpServletResponse refused = send(hot.slug(), "Darf ich noch?", "de");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"comments_paused\"")
                .contains("Kommentare sind vorübergehend geschlossen");
        assertThat(send(quiet.slug(), "Hier ist es ruhig", "de").getStatus()).isEqualTo(202);
        // The article itself is untouched: an editor's own closing stays the editor's.
        assertThat(jdbc.queryForObject("select comments_open from article where id = ?", Boolean.class, hot.id()))
                .isTrue();
        // The audit detail lists the closed articles (cut to the column's size when there are many).
        assertThat(audits("COMMENT_SURGE_ON")).singleElement().asString().contains("policy CLOSE_HOT_ARTICLES; closed ");

        jdbc.update("update comment_moderation_setting set surge_enabled = false");
        evaluator.evaluate();
        assertThat(audits("COMMENT_SURGE_OFF")).singleElement().asString().contains("; reopened ");
        assertThat(guard.current().closes(hot.slug())).isFalse();
        assertThat(jdbc.queryForObject("select cardinality(closed_slugs) from comment_surge_state", Integer.class))
                .isZero();
        assertThat(send(hot.slug(), "Jetzt wieder offen", "de").getStatus()).isEqualTo(202);
    }

    @Test
    void stricter_rules_reject_flagged_comments_at_once_and_take_the_others_in() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Wartet");
        configure(new SurgeSettings(true, 1, 0, 0, 50, 0, SurgePolicy.STRICTER_RULES, 3, 15));
        evaluator.evaluate();
        assertThat(guard.current().stricter()).isTrue();

        String links = "Siehe https://a.example https://b.example https://c.example";
        assertThat(send(article.slug(), links, "en").getStatus()).isEqualTo(202);
        assertThat(send(article.slug(), "Ein ganz normaler Kommentar", "en").getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForMap("select status, reject_reason from comment where article_id = ? and body = ?",
                article.id(), links)).containsEntry("status", "REJECTED").containsEntry("reject_reason", "OTHER");
        assertThat(jdbc.queryForObject("select status from comment where article_id = ? and body = ?", String.class,
                article.id(), "Ein ganz normaler Kommentar")).isEqualTo("PENDING");
    }

    @Test
    void stricter_rules_hold_a_first_comment_that_trust_would_approve_and_never_reject_one_for_being_first()
            throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        // Trusted by a moderator before writing anything (announced as a guest author, say).
        String email = trustedUnder(SurgePolicy.STRICTER_RULES, article, "neu-und-vertraut-");
        assertThat(guard.current().stricter()).isTrue();

        // Trusted, but never seen: during the surge a moderator looks at it first.
        MockHttpServletResponse first = sendAs(email, article.slug(), "Mein erster Kommentar", "en");
        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"PENDING\"");
        assertThat(jdbc.queryForMap("select status, decided_at, decided_automatically from comment "
                        + "where article_id = ? and body = ?", article.id(), "Mein erster Kommentar"))
                .containsEntry("status", "PENDING").containsEntry("decided_at", null)
                .containsEntry("decided_automatically", null);
        assertThat(flagsOf(article, "Mein erster Kommentar")).anyMatch(f -> f.startsWith("first-comment"));
        // A stranger's plain first comment is not rejected for being first; it waits like any other.
        sendAs("fremd-" + java.util.UUID.randomUUID() + "@example.org", article.slug(), "Zum ersten Mal hier", "en");
        assertThat(jdbc.queryForObject("select status from comment where article_id = ? and body = ?", String.class,
                article.id(), "Zum ersten Mal hier")).isEqualTo("PENDING");
        // Once known, trust applies again, and the row names the automation that approved it.
        sendAs(email, article.slug(), "Mein zweiter Kommentar", "en");
        assertThat(jdbc.queryForMap("select status, decided_by, decided_automatically from comment "
                        + "where article_id = ? and body = ?", article.id(), "Mein zweiter Kommentar"))
                .containsEntry("status", "APPROVED").containsEntry("decided_by", null)
                .containsEntry("decided_automatically", "TRUSTED_COMMENTER");
        // A rule's flag still rejects at once, recorded as the surge guard's decision.
        String links = "Neu hier: https://a.example https://b.example https://c.example";
        sendAs("links-" + java.util.UUID.randomUUID() + "@example.org", article.slug(), links, "en");
        assertThat(jdbc.queryForMap("select status, decided_automatically from comment where article_id = ? "
                + "and body = ?", article.id(), links)).containsEntry("status", "REJECTED")
                .containsEntry("decided_automatically", "SURGE_STRICTER_RULES");
    }

    @Test
    void an_article_that_draws_the_surge_after_the_switch_is_closed_too_once_audited_and_reopened_on_lifting()
            throws Exception {
        Article first = CommentTestData.publishedArticle(jdbc);
        Article later = CommentTestData.publishedArticle(jdbc);
        closeHotArticlesAfter(first, 4, "Zuerst heiß ");
        assertThat(guard.current().closes(first.slug())).isTrue();
        assertThat(guard.current().closes(later.slug())).isFalse();
        assertThat(jdbc.queryForObject("select hot_bar from comment_surge_state", Long.class)).isPositive();
        // Other tests' comments decide the bar at the switch; pin it, so that "hot" means 3 comments here.
        jdbc.update("update comment_surge_state set hot_bar = 3");

        for (int i = 0; i < 2; i++) {
            assertThat(send(later.slug(), "Später heiß " + i, "de").getStatus()).isEqualTo(202);
        }
        evaluator.evaluate();
        assertThat(guard.current().closes(later.slug())).as("2 comments are below the bar").isFalse();
        assertThat(send(later.slug(), "Später heiß 2", "de").getStatus()).isEqualTo(202);

        // Two instances see it at the same moment: it is closed once, with one audit row.
        List<SurgeEvaluator.Outcome> runs = concurrently(4);
        assertThat(runs).contains(SurgeEvaluator.Outcome.EXTENDED);
        assertThat(audits("COMMENT_SURGE_CLOSED")).filteredOn(d -> d.contains(later.slug())).singleElement()
                .asString().startsWith("closed ");
        assertThat(guard.current().closes(later.slug())).isTrue();
        assertThat(guard.current().closes(first.slug())).isTrue();
        assertThat(audits("COMMENT_SURGE_ON")).hasSize(1);
        assertThat(send(later.slug(), "Noch einer?", "de").getStatus()).isEqualTo(403);

        jdbc.update("update comment_moderation_setting set surge_enabled = false");
        evaluator.evaluate();
        // The detail names what it reopened (cut to the column's size, so other tests' articles may hide ours).
        assertThat(audits("COMMENT_SURGE_OFF")).singleElement().asString().contains("; reopened ");
        assertThat(guard.current().closes(later.slug())).isFalse();
        assertThat(send(later.slug(), "Wieder offen", "de").getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select hot_bar from comment_surge_state", Long.class)).isNull();
    }

    @Test
    void only_admins_change_the_settings_within_range_and_every_change_is_audited() {
        signIn("mod", "MODERATOR");
        assertThatThrownBy(() -> settings.save(SurgeSettings.DEFAULTS)).isInstanceOf(AccessDeniedException.class);
        signIn("admin", "ADMIN", "MODERATOR");
        assertThatThrownBy(() -> settings.save(new SurgeSettings(true, 0, 0, 0, 50, 0, SurgePolicy.HOLD_ALL, 3, 15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pending");
        assertThatThrownBy(() -> settings.save(new SurgeSettings(true, 10, 0, 0, 5, 0, SurgePolicy.HOLD_ALL, 3, 15)))
                .hasMessage("liftPercent");
        settings.save(new SurgeSettings(false, 700, 60, 30, 40, 5, SurgePolicy.STRICTER_RULES, 3, 15));
        assertThat(settings.settings().pending()).isEqualTo(700);
        assertThat(audits("COMMENT_SURGE_SETTINGS")).last().asString().contains("→ off, pending 700, oldest 60 min");
        settings.save(SurgeSettings.DEFAULTS);
    }

    @Test
    void an_evaluation_without_a_switch_is_one_statement_served_by_the_queue_and_decision_indexes() {
        jdbc.update("update comment_moderation_setting set surge_enabled = true, surge_pending = 1000000, "
                + "surge_oldest_minutes = 0, surge_idle_minutes = 10080");
        var counted = StatementCounter.count(() -> evaluator.evaluate());
        assertThat(counted.count()).as("%s", counted.statements()).isEqualTo(1);
        String plan = tx.execute(status -> {
            // On this small table a scan may be cheapest: check that the indexes can serve the statement at all.
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + SurgeEvaluator.READ, String.class,
                    Timestamp.from(Instant.now())));
        });
        // Which pending index the planner takes depends on what other tests left (one leaves 100,000 pending
        // comments on one article); any of them serves the count, and no plan reads the comment table itself.
        assertThat(plan).containsPattern("Index (Only )?Scan using comment_(queue|article|pending\\w*)_idx")
                .containsPattern("comment_(decision_time|dashboard_decided)_idx")
                .doesNotContain("Seq Scan on comment ");
    }

    @Test
    void the_idle_and_oldest_thresholds_cross_and_calm_as_configured() {
        Instant now = Instant.parse("2026-12-02T20:00:00Z");
        var s = new SurgeSettings(true, 100, 60, 30, 50, 5, SurgePolicy.HOLD_ALL, 3, 15);
        var waiting = new SurgeEvaluator.Reading(s, SurgeStatus.INACTIVE, null, 3, now.minusSeconds(50 * 60),
                now.minusSeconds(40 * 60));
        assertThat(SurgeEvaluator.crossed(waiting, now)).isEqualTo(new SurgeEvaluator.Crossed(SurgeTrigger.IDLE, 40, 30));
        var old = new SurgeEvaluator.Reading(s, SurgeStatus.INACTIVE, null, 3, now.minusSeconds(61 * 60), now);
        assertThat(SurgeEvaluator.crossed(old, now)).isEqualTo(new SurgeEvaluator.Crossed(SurgeTrigger.OLDEST, 61, 60));
        // Nothing pending: nobody needs to be active.
        var empty = new SurgeEvaluator.Reading(s, SurgeStatus.INACTIVE, null, 0, null, now.minusSeconds(5 * 3600));
        assertThat(SurgeEvaluator.crossed(empty, now)).isNull();
        assertThat(SurgeEvaluator.calm(empty, now)).isTrue();
        // 49 pending is below half of 100, but a decision 20 min ago is not below half of 30 min.
        var busy = new SurgeEvaluator.Reading(s, SurgeStatus.INACTIVE, null, 49, now.minusSeconds(60),
                now.minusSeconds(20 * 60));
        assertThat(SurgeEvaluator.calm(busy, now)).isFalse();
    }

    /** Sends {@code comments} comments to {@code hot}, then switches the guard on to close up to 50 hot articles. */
    private void closeHotArticlesAfter(Article hot, int comments, String text) throws Exception {
        for (int i = 0; i < comments; i++) {
            assertThat(send(hot.slug(), text + i, "de").getStatus()).isEqualTo(202);
        }
        configure(new SurgeSettings(true, 1, 0, 0, 50, 0, SurgePolicy.CLOSE_HOT_ARTICLES, 50, 15));
        evaluator.evaluate();
    }

    /**
     * An e-mail a moderator trusts (known to this instance's commenter snapshot), with the guard switched on under
     * {@code policy} by one pending comment on {@code article}.
     */
    private String trustedUnder(SurgePolicy policy, Article article, String prefix) throws InterruptedException {
        String email = prefix + java.util.UUID.randomUUID() + "@example.org";
        signIn("moderator", "MODERATOR");
        commenters.act(new CommenterKey(email, null), CommenterActionKind.TRUST, null, "Bekannt");
        SecurityContextHolder.clearContext();
        CommentTestData.comment(jdbc, article.id(), "PENDING", "Leser", "Wartet");
        configure(new SurgeSettings(true, 1, 0, 0, 50, 0, policy, 3, 15));
        evaluator.evaluate();
        // The commenter snapshot is at most 5 s old: wait until trust is known here.
        for (int i = 0; i < 100 && !gate.admission(email, null).trusted(); i++) {
            Thread.sleep(100);
        }
        assertThat(gate.admission(email, null).trusted()).isTrue();
        return email;
    }

    private List<SurgeEvaluator.Outcome> concurrently(int n) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<SurgeEvaluator.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                runs.add(pool.submit((Callable<SurgeEvaluator.Outcome>) () -> {
                    barrier.await();
                    return evaluator.evaluate();
                }));
            }
            List<SurgeEvaluator.Outcome> outcomes = new ArrayList<>();
            for (Future<SurgeEvaluator.Outcome> run : runs) {
                outcomes.add(run.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private void configure(SurgeSettings s) {
        signIn("admin", "ADMIN", "MODERATOR");
        settings.save(s);
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse send(String slug, String body, String language) throws Exception {
        return sendAs(null, slug, body, language);
    }

    private MockHttpServletResponse sendAs(String email, String slug, String body, String language) throws Exception {
        String address = freshAddress();
        return mvc.perform(post("/api/public/articles/{slug}/comments", slug)
                .contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .header("Accept-Language", language)
                .content(submission("Leser", email, body).getBytes(StandardCharsets.UTF_8))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    private long pending() {
        return jdbc.queryForObject("select count(*) from comment where status = 'PENDING'", Long.class);
    }

    private List<String> flagsOf(Article article, String body) {
        return jdbc.queryForList("select unnest(flags) from comment where article_id = ? and body = ?", String.class,
                article.id(), body);
    }

    private List<String> audits(String action) {
        return jdbc.queryForList("select detail from audit_event where action = ? and id > ? order by id",
                String.class, action, auditsBefore);
    }

    private static void signIn(String username, String... roles) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }
}
