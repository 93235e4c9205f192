package de.newsroom.console.comment;

import static de.newsroom.console.comment.CommentModerationServiceTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StatementsOfReasonsTest {

    @Autowired StatementsOfReasons statements;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired org.springframework.context.ApplicationContext applicationContext;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // Each test decides in its own day of 2019, so other tests' decisions never fall into the range.
    private long decided(Article article, String status, String reason, String note, String flags, String by,
                         String at) {
        return jdbc.queryForObject("""
                insert into comment (article_id, author_name, email, body, status, reject_reason, reject_note, flags,
                                     client_hash, created_at, decided_at, decided_by, report_count)
                values (?, 'Leser', 'leser@example.org', 'Ein Kommentar', ?, ?, ?, ?::text[], 'h', ?::timestamptz - interval '1 day',
                        ?::timestamptz, (select id from app_user where username = ?), ?)
                returning id""", Long.class, article.id(), status, reason, note, flags, at, at, by,
                "INSULT".equals(reason) ? 2 : 0);
    }

    @Test
    void rejections_and_spam_of_the_range_become_statements_of_reasons_in_json() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long insult = decided(article, "REJECTED", "INSULT", "Beleidigt einen anderen Leser",
                "{\"blocked-word: idiot (in 'Vollidiot')\",\"first-comment: no earlier comment\"}", "moderator",
                "2019-03-01T10:00:00Z");
        long blocked = decided(article, "REJECTED", "SPAM", "blocked author (automatic)",
                "{\"blocked-author: e-mail 'troll@example.org' is on the block list\"}", null, "2019-03-01T11:00:00Z");
        long spam = decided(article, "SPAM", "SPAM", null, "{}", "moderator", "2019-03-01T12:00:00Z");
        decided(article, "APPROVED", null, null, "{}", "moderator", "2019-03-01T13:00:00Z");
        decided(article, "REJECTED", "OFF_TOPIC", null, "{}", "moderator", "2019-03-02T00:00:00Z");
        signIn("admin", "ADMIN", "EDITOR", "MODERATOR");

        var out = new ByteArrayOutputStream();
        int n = statements.exportJson(Instant.parse("2019-03-01T00:00:00Z"), Instant.parse("2019-03-02T00:00:00Z"),
                out);

        assertThat(n).isEqualTo(3);
        JsonNode list = json.readTree(out.toString(StandardCharsets.UTF_8)).get("statements");
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(first.get("comment_id").asLong()).isEqualTo(insult);
        assertThat(first.get("puid").asString()).startsWith("newsroom-comment-" + insult + "-");
        assertThat(first.get("decision_visibility").get(0).asString()).isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(first.get("decision_ground").asString()).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertThat(first.get("category").asString()).isEqualTo("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH");
        assertThat(first.get("decision_facts").asString()).contains("moderator", "insult",
                "Beleidigt einen anderen Leser", "blocked-word", "Reported by readers").doesNotContain("first-comment");
        assertThat(first.get("content_type").get(0).asString()).isEqualTo("CONTENT_TYPE_TEXT");
        assertThat(first.get("content_date").asString()).isEqualTo("2019-02-28");
        assertThat(first.get("application_date").asString()).isEqualTo("2019-03-01");
        assertThat(first.get("automated_detection").asString()).isEqualTo("Yes");
        assertThat(first.get("automated_decision").asString()).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(first.get("source_type").asString()).isEqualTo("SOURCE_ARTICLE_16");
        assertThat(first.get("territorial_scope")).hasSize(30);

        JsonNode auto = list.get(1);
        assertThat(auto.get("comment_id").asLong()).isEqualTo(blocked);
        assertThat(auto.get("automated_decision").asString()).isEqualTo("AUTOMATED_DECISION_FULLY");
        assertThat(auto.get("automated_detection").asString()).isEqualTo("Yes");
        assertThat(auto.get("source_type").asString()).isEqualTo("SOURCE_VOLUNTARY");
        assertThat(auto.toString()).as("no personal data from the flag's explanation").doesNotContain("troll@");

        JsonNode third = list.get(2);
        assertThat(third.get("comment_id").asLong()).isEqualTo(spam);
        assertThat(third.get("automated_detection").asString()).isEqualTo("No");
        assertThat(third.get("category").asString()).isEqualTo("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE");

        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'COMMENT_DSA_EXPORT' "
                + "and actor = 'admin' order by id desc limit 1", String.class))
                .startsWith("3 statements of reasons").contains("2019-03-01T00:00:00Z");
    }

    /** The JSON export of one UTC day's decisions, as its list of statements. */
    private JsonNode statementsOfDay(String day) {
        var out = new ByteArrayOutputStream();
        Instant from = Instant.parse(day + "T00:00:00Z");
        statements.exportJson(from, from.plusSeconds(86_400), out);
        return json.readTree(out.toString(StandardCharsets.UTF_8)).get("statements");
    }

    @Test
    void an_automatic_rejection_names_the_automation_that_decided_and_an_approval_on_arrival_needs_no_statement() {
        Article article = CommentTestData.publishedArticle(jdbc);
        long surge = decided(article, "REJECTED", "OTHER",
                "flagged while the surge guard applied stricter rules (automatic)", "{\"links: 3 links (more than 2)\"}",
                null, "2019-06-01T10:00:00Z");
        jdbc.update("update comment set decided_automatically = 'SURGE_STRICTER_RULES' where id = ?", surge);
        long blocked = decided(article, "REJECTED", "SPAM", "blocked author (automatic)",
                "{\"blocked-author: client is on the block list\"}", null, "2019-06-01T11:00:00Z");
        jdbc.update("update comment set decided_automatically = 'BLOCKED_AUTHOR' where id = ?", blocked);
        long trusted = decided(article, "APPROVED", null, null, "{}", null, "2019-06-01T12:00:00Z");
        jdbc.update("update comment set decided_automatically = 'AUTOMATIC_TRUST' where id = ?", trusted);
        signIn("admin", "ADMIN", "EDITOR", "MODERATOR");

        JsonNode list = statementsOfDay("2019-06-01");

        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("comment_id").asLong()).isEqualTo(surge);
        assertThat(list.get(0).get("automated_decision").asString()).isEqualTo("AUTOMATED_DECISION_FULLY");
        assertThat(list.get(0).get("decision_facts").asString()).contains("surge guard applied stricter rules")
                .doesNotContain("block list");
        assertThat(list.get(1).get("comment_id").asLong()).isEqualTo(blocked);
        assertThat(list.get(1).get("decision_facts").asString()).contains("the sender is on the block list")
                .doesNotContain("surge");
    }

    @Test
    void the_csv_has_the_api_field_names_and_no_cell_runs_as_a_formula() {
        Article article = CommentTestData.publishedArticle(jdbc);
        decided(article, "REJECTED", "OTHER", "=HYPERLINK(\"http://evil\")", "{}", "moderator",
                "2019-04-01T10:00:00Z");
        signIn("admin", "ADMIN", "EDITOR", "MODERATOR");

        var out = new ByteArrayOutputStream();
        int n = statements.exportCsv(Instant.parse("2019-04-01T00:00:00Z"), Instant.parse("2019-04-02T00:00:00Z"),
                out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(1);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", StatementOfReasons.FIELDS));
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .doesNotContain(",\"=HYPERLINK").contains("\"AT,BE,BG,");
    }

    @Test
    void the_export_reads_through_a_cursor_not_the_whole_result_at_once() {
        Article article = CommentTestData.publishedArticle(jdbc);
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, reject_reason, client_hash, created_at,
                                     decided_at)
                select ?, 'Leser', 'Kommentar ' || g, 'SPAM', 'SPAM', 'h', timestamptz '2019-05-01',
                       timestamptz '2019-05-01' + g * interval '1 second'
                from generate_series(1, ?) g""", article.id(), StatementsOfReasons.FETCH_SIZE * 3);
        signIn("admin", "ADMIN", "EDITOR", "MODERATOR");
        List<Long> openPortals = new ArrayList<>();

        int n = statements.forEach(Instant.parse("2019-05-01T00:00:00Z"), Instant.parse("2019-05-02T00:00:00Z"),
                s -> {
                    if (openPortals.isEmpty()) {
                        // Same transaction, same connection: the export's portal is still open while rows arrive.
                        openPortals.add(jdbc.queryForObject("select count(*) from pg_cursors where statement like "
                                + "'%status in (''REJECTED'', ''SPAM'')%'", Long.class));
                    }
                });

        assertThat(n).isEqualTo(StatementsOfReasons.FETCH_SIZE * 3);
        assertThat(openPortals).containsExactly(1L);
    }

    @Test
    void only_admins_export_and_the_range_must_be_a_range() {
        signIn("moderator", "MODERATOR");
        assertThatThrownBy(() -> statements.exportCsv(Instant.EPOCH, Instant.now(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("editor", "EDITOR");
        assertThatThrownBy(() -> statements.exportJson(Instant.EPOCH, Instant.now(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin", "ADMIN", "EDITOR", "MODERATOR");
        assertThatThrownBy(() -> statements.exportJson(Instant.now(), Instant.EPOCH, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("comment.dsa.range.invalid");
    }
}
