package de.newsroom.console.comment.intake;

import static de.newsroom.console.comment.CommentTestData.freshAddress;
import static de.newsroom.console.comment.CommentTestData.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.CommentTestData.Article;
import de.newsroom.console.comment.ModerationFilter;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.comment.ReportReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CommentReportApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommentModerationService moderation;

    private MockHttpServletResponse report(String address, Object commentId, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/public/comments/{id}/reports", commentId)
                .contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .content(body.getBytes(StandardCharsets.UTF_8)).header("Accept-Language", "de")
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static String reportJson(String reason, String text) {
        return "{\"reason\":" + json(reason) + ",\"text\":" + json(text) + "}";
    }

    private long approvedComment(Article article) {
        return CommentTestData.comment(jdbc, article.id(), "APPROVED", "Leser", "Ein freigegebener Kommentar.");
    }

    private int reportsOf(long commentId) {
        return jdbc.queryForObject("select count(*) from comment_report where comment_id = ?", Integer.class,
                commentId);
    }

    @Test
    void a_report_is_accepted_once_per_client_and_a_repeat_gets_the_same_answer() throws Exception {
        long id = approvedComment(CommentTestData.publishedArticle(jdbc));
        String address = freshAddress();

        var first = report(address, id, reportJson("insult", "Das ist beleidigend."));
        var again = report(address, id, reportJson("spam", null));

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(first.getContentAsString()).contains("\"status\":\"received\"").contains("Redaktion");
        assertThat(first.getHeader("Set-Cookie")).isNull();
        assertThat(again.getStatus()).isEqualTo(202);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(reportsOf(id)).isEqualTo(1);
        var row = jdbc.queryForMap("select report_count, report_reasons::text as reasons, status from comment "
                + "where id = ?", id);
        assertThat(row.get("report_count")).isEqualTo(1);
        assertThat(row.get("reasons")).isEqualTo("{INSULT}");
        assertThat(row.get("status")).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select client_hash from comment_report where comment_id = ?", String.class,
                id)).hasSize(64).doesNotContain(address);
    }

    @Test
    void unknown_pending_and_unpublished_comments_get_the_same_404() throws Exception {
        Article published = CommentTestData.publishedArticle(jdbc);
        Article draft = CommentTestData.article(jdbc, "DRAFT", true);
        long pending = CommentTestData.comment(jdbc, published.id(), "PENDING", "Leser", "Noch offen.");
        long rejected = CommentTestData.comment(jdbc, published.id(), "REJECTED", "Leser", "Abgelehnt.");
        long onDraft = CommentTestData.comment(jdbc, draft.id(), "APPROVED", "Leser", "Am Entwurf.");
        String unknown = report(freshAddress(), 999_999_999L, reportJson("spam", null)).getContentAsString();
        for (long id : List.of(pending, rejected, onDraft)) {
            var response = report(freshAddress(), id, reportJson("spam", null));
            assertThat(response.getStatus()).as("comment %d", id).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo(unknown);
            assertThat(reportsOf(id)).isZero();
        }
        assertThat(report(freshAddress(), -5, reportJson("spam", null)).getContentAsString()).isEqualTo(unknown);
    }

    static Stream<Arguments> invalid_reports() {
        return Stream.of(
                Arguments.of("no reason", "{\"text\":\"hm\"}", "reason"),
                Arguments.of("unknown reason", reportJson("boring", null), "reason"),
                Arguments.of("501 emoji of text", reportJson("other", "😀".repeat(501)), "text"),
                Arguments.of("NUL in the text", reportJson("other", "a\u0000b"), "text"),
                Arguments.of("empty object", "{}", "reason"),
                // Valid JSON with a value of the wrong kind names the field (it was "malformed_json", no field).
                Arguments.of("reason a list", "{\"reason\":[\"spam\"]}", "reason"),
                Arguments.of("text an object", "{\"reason\":\"spam\",\"text\":{\"a\":1}}", "text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalid_reports(String name, String body, String field) throws Exception {
        long id = approvedComment(CommentTestData.publishedArticle(jdbc));
        var response = report(freshAddress(), id, body);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"error\":\"invalid_input\"")
                .contains("\"fieldErrors\":{\"" + field + "\":").doesNotContain("Exception");
        assertThat(reportsOf(id)).isZero();
    }

    @Test
    void exactly_500_emoji_of_text_are_accepted_and_malformed_json_is_a_400() throws Exception {
        long id = approvedComment(CommentTestData.publishedArticle(jdbc));
        assertThat(report(freshAddress(), id, reportJson("OTHER", "😀".repeat(500))).getStatus()).isEqualTo(202);
        var malformed = report(freshAddress(), id, "{\"reason\":");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("malformed_json");
        assertThat(report(freshAddress(), "abc", reportJson("spam", null)).getStatus()).isEqualTo(400);
    }

    @Test
    void a_client_reporting_too_much_is_told_to_wait() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        String address = freshAddress();
        int accepted = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 12; i++) {
            last = report(address, approvedComment(article), reportJson("spam", null));
            if (last.getStatus() == 202) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void the_third_report_sends_an_approved_comment_back_to_review_hidden_flagged_and_audited() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = approvedComment(article);
        long version = jdbc.queryForObject("select version from comment where id = ?", Long.class, id);

        report(freshAddress(), id, reportJson("insult", null));
        report(freshAddress(), id, reportJson("personal_data", "Telefonnummer"));
        assertThat(thread(article)).contains("Ein freigegebener Kommentar.");
        assertThat(report(freshAddress(), id, reportJson("insult", null)).getStatus()).isEqualTo(202);

        var row = jdbc.queryForMap("select status, flags::text as flags, version, decided_at from comment where id = ?",
                id);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat((String) row.get("flags")).contains("reported: 3 reports");
        assertThat(row.get("version")).isEqualTo(version + 1);
        assertThat(row.get("decided_at")).isNull();
        assertThat(thread(article)).doesNotContain("Ein freigegebener Kommentar.");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'COMMENT_REPORTED' and target_id = ?
                and client_hash is not null""", Integer.class, String.valueOf(id))).isEqualTo(1);
        // Now unpublished: a fourth report is refused like any unpublished comment.
        assertThat(report(freshAddress(), id, reportJson("spam", null)).getStatus()).isEqualTo(404);

        List<QueueRow> reported = SystemAuthentication.call(() -> moderation.page(
                new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, false, true), null, 50));
        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.openReports()).isEqualTo(3);
            assertThat(r.reportReasons()).containsExactly(ReportReason.INSULT, ReportReason.PERSONAL_DATA);
        });
        var detail = SystemAuthentication.call(() -> moderation.detail(id));
        assertThat(detail.openReports()).isEqualTo(3);
        assertThat(detail.reports()).hasSize(3).anySatisfy(r -> assertThat(r.text()).isEqualTo("Telefonnummer"));

        // The moderator's decision has seen the reports: the comment leaves the reported tab, back on the page.
        SystemAuthentication.run(() -> moderation.approve(id, CommentStatus.PENDING, version + 1));
        assertThat(SystemAuthentication.call(() -> moderation.page(
                new ModerationFilter(CommentStatus.PENDING, article.id(), null, null, false, true), null, 50)))
                .isEmpty();
        assertThat(thread(article)).contains("Ein freigegebener Kommentar.");
        // Two further reports stay below the threshold again.
        report(freshAddress(), id, reportJson("spam", null));
        report(freshAddress(), id, reportJson("spam", null));
        assertThat(jdbc.queryForObject("select status from comment where id = ?", String.class, id))
                .isEqualTo("APPROVED");
    }

    @Test
    void reports_below_the_threshold_show_in_the_reported_tab_while_the_comment_stays_published() throws Exception {
        Article article = CommentTestData.publishedArticle(jdbc);
        long id = approvedComment(article);
        approvedComment(article);
        report(freshAddress(), id, reportJson("off_topic", null));

        List<QueueRow> reported = SystemAuthentication.call(() -> moderation.page(
                new ModerationFilter(CommentStatus.REJECTED, article.id(), null, null, false, true), null, 50));
        assertThat(reported).extracting(QueueRow::id).containsExactly(id);
        assertThat(reported.getFirst().status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(thread(article)).contains("Ein freigegebener Kommentar.");
    }

    private String thread(Article article) throws Exception {
        var response = mvc.perform(get("/api/public/articles/{slug}/comments", article.slug())).andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
