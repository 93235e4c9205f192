package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Antworten" and "Melden" on the reader page as a browser without script uses them: links that open the form for one
 * comment, forms posted to the page (decision 36), the same services, rate limits and cross-site refusal as the API.
 */
@IntegrationTest
class ReaderRepliesAndReportsWithoutScriptTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ContentFixtures data;
    long wirtschaft;

    @BeforeEach
    void categories() {
        data = new ContentFixtures(jdbc);
        wirtschaft = data.category(data.category(null, "News Archiv"), "Wirtschaft");
    }

    private String get200(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A form post from one reader's address (the rate limits count per client). */
    private ResultActions postForm(String url, String address, String... fields) throws Exception {
        var request = post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Sec-Fetch-Site", "same-origin")
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private static String someAddress() {
        return "10.14." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    // ---- Antworten ----

    @Test
    void antworten_is_a_link_that_opens_the_form_as_a_reply_and_the_reply_is_stored_under_its_parent()
            throws Exception {
        long article = data.article("Antwort ohne Skript", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(article, null, "Leserin", "Worauf geantwortet wird.", "APPROVED", T0.plusSeconds(10));
        String slug = data.slug("Antwort ohne Skript");

        String plain = get200("/read/" + slug);
        // It used to be a <button> that did nothing without the script.
        assertThat(plain).contains("class=\"reply-link\" href=\"/read/" + slug + "?antwort=" + parent
                        + "#comment-form\"", "data-reply-to=\"" + parent + "\"")
                // Its name for a screen reader starts with the word on screen.
                .contains("aria-label=\"Antworten auf den Kommentar von Leserin\">Antworten</a>")
                .contains("<p id=\"reply-note\" hidden=\"hidden\">")
                .contains("<input type=\"hidden\" name=\"parentId\" value=\"\">");

        String replying = get200("/read/" + slug + "?antwort=" + parent);
        assertThat(replying).contains("<p id=\"reply-note\"><span id=\"reply-text\">Antwort auf den Kommentar von "
                        + "Leserin</span>")
                .contains("<a id=\"cancel-reply\" class=\"cancel\" href=\"/read/" + slug + "#comment-form\">"
                        + "Antwort abbrechen</a>")
                .contains("<input type=\"hidden\" name=\"parentId\" value=\"" + parent + "\">");

        String body = "Meine Antwort ohne JavaScript " + data.run;
        postForm("/read/" + slug, someAddress(), "parentId", String.valueOf(parent), "authorName", "Jan", "body", body)
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/read/" + slug + "?kommentar=gesendet#comment-status"));
        assertThat(jdbc.queryForObject("select parent_id from comment where body = ?", Long.class, body))
                .isEqualTo(parent);
    }

    @Test
    void an_antworten_link_to_a_comment_the_page_does_not_show_opens_the_plain_form() throws Exception {
        long article = data.article("Antwort auf Verborgenes", "PUBLISHED", wirtschaft, T0);
        long pending = data.comment(article, null, "Wartend", "Noch nicht frei.", "PENDING", T0.plusSeconds(10));
        String html = get200("/read/" + data.slug("Antwort auf Verborgenes") + "?antwort=" + pending);
        assertThat(html).contains("<p id=\"reply-note\" hidden=\"hidden\">", "name=\"parentId\" value=\"\"")
                .doesNotContain("Wartend");
        assertThat(get200("/read/" + data.slug("Antwort auf Verborgenes") + "?antwort=%3Cscript%3E"))
                .contains("name=\"parentId\" value=\"\"").doesNotContain("<script>");
    }

    @Test
    void a_refused_reply_keeps_the_text_the_field_message_and_the_comment_it_answers() throws Exception {
        long article = data.article("Antwort abgelehnt", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(article, null, "Leserin", "Eins.", "APPROVED", T0.plusSeconds(10));
        String body = "Antwort ohne Namen <b>fett</b> " + data.run;
        String html = postForm("/read/" + data.slug("Antwort abgelehnt"), someAddress(), "parentId",
                String.valueOf(parent), "authorName", "", "body", body)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("<span class=\"field-error\" id=\"authorName-error\">Bitte füllen Sie das Feld „Name“ aus.</span>")
                .contains("Antwort ohne Namen &lt;b&gt;fett&lt;/b&gt; " + data.run + "</textarea>")
                .contains("<input type=\"hidden\" name=\"parentId\" value=\"" + parent + "\">")
                .contains("<span id=\"reply-text\">Antwort auf den Kommentar von Leserin</span>");
        assertThat(jdbc.queryForObject("select count(*) from comment where body = ?", Integer.class, body)).isZero();
    }

    @Test
    void a_reply_to_a_comment_taken_off_the_page_meanwhile_keeps_the_text_and_may_go_out_on_its_own()
            throws Exception {
        long article = data.article("Antwort zu spät", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(article, null, "Leserin", "Gleich weg.", "APPROVED", T0.plusSeconds(10));
        jdbc.update("update comment set status = 'REJECTED' where id = ?", parent);
        String body = "Zu spät geantwortet " + data.run;
        String html = postForm("/read/" + data.slug("Antwort zu spät"), someAddress(), "parentId",
                String.valueOf(parent), "authorName", "Jan", "body", body)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Der Kommentar, auf den Sie antworten wollten, ist nicht mehr veröffentlicht.")
                .contains(body + "</textarea>", "value=\"Jan\"")
                // No longer a reply: the next post stores the text as a comment of its own.
                .contains("<input type=\"hidden\" name=\"parentId\" value=\"\">")
                .contains("<p id=\"reply-note\" hidden=\"hidden\">");
    }

    @Test
    void a_reply_another_site_posts_in_the_readers_browser_is_refused_and_stores_nothing() throws Exception {
        long article = data.article("Antwort fremd", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(article, null, "Leserin", "Eins.", "APPROVED", T0.plusSeconds(10));
        String body = "Untergeschoben " + data.run;
        String html = mvc.perform(post("/read/" + data.slug("Antwort fremd"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Sec-Fetch-Site", "cross-site")
                        .param("parentId", String.valueOf(parent)).param("authorName", "Opfer").param("body", body))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ihr Kommentar kann derzeit nicht angenommen werden.");
        assertThat(jdbc.queryForObject("select count(*) from comment where body = ?", Integer.class, body)).isZero();
    }

    @Test
    void replies_from_one_reader_count_against_the_comment_rate_limit_and_the_sixth_keeps_its_text()
            throws Exception {
        long article = data.article("Viele Antworten", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(article, null, "Leserin", "Eins.", "APPROVED", T0.plusSeconds(10));
        String slug = data.slug("Viele Antworten");
        String address = someAddress();
        for (int i = 1; i <= 5; i++) {
            postForm("/read/" + slug, address, "parentId", String.valueOf(parent), "authorName", "Jan",
                    "body", "Antwort " + i + " " + data.run).andExpect(status().isSeeOther());
        }
        String sixth = "Antwort 6 " + data.run;
        var response = postForm("/read/" + slug, address, "parentId", String.valueOf(parent), "authorName", "Jan",
                "body", sixth).andExpect(status().isTooManyRequests()).andReturn().getResponse();
        assertThat(response.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(response.getContentAsString())
                .contains("Sie haben gerade viele Kommentare geschrieben. Bitte versuchen Sie es später erneut.")
                .contains(sixth + "</textarea>", "name=\"parentId\" value=\"" + parent + "\"");
        assertThat(jdbc.queryForObject("select count(*) from comment where body = ?", Integer.class, sixth)).isZero();
    }

    // ---- Melden ----

    @Test
    void melden_is_a_link_that_opens_the_report_form_under_the_comment_and_a_report_is_counted_and_thanked()
            throws Exception {
        long article = data.article("Melden ohne Skript", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Pöbler", "Unverschämt.", "APPROVED", T0.plusSeconds(10));
        long other = data.comment(article, null, "Leserin", "Freundlich.", "APPROVED", T0.plusSeconds(20));
        String slug = data.slug("Melden ohne Skript");

        String plain = get200("/read/" + slug);
        assertThat(plain).contains("<a class=\"report-link\" href=\"/read/" + slug + "?melden=" + comment
                        + "#report-form\" data-report=\"" + comment + "\"")
                .contains("aria-label=\"Kommentar von Pöbler melden\">Melden</a>")
                // The one form waits hidden after the thread for the script.
                .contains("action=\"/read/" + slug + "/melden#report-form\"")
                .contains("hidden=\"hidden\">\n<p class=\"report-about\" id=\"report-about\"></p>");

        String open = get200("/read/" + slug + "?melden=" + comment);
        int item = open.indexOf("id=\"comment-" + comment + "\"");
        int next = open.indexOf("id=\"comment-" + other + "\"");
        String underComment = open.substring(item, next);
        assertThat(underComment).contains("<form id=\"report-form\"")
                .doesNotContain("hidden=\"hidden\">\n<p class=\"report-about\"")
                .contains("<p class=\"report-about\" id=\"report-about\">Kommentar von Pöbler melden</p>")
                .contains("<input type=\"hidden\" name=\"commentId\" value=\"" + comment + "\">")
                // The API needs a reason; none is chosen for the reader.
                .contains("<option value=\"\">Bitte wählen</option>", "<option value=\"insult\">Beleidigung</option>")
                .contains("href=\"/read/" + slug + "#comment-" + comment + "\">Abbrechen</a>");
        assertThat(open.split("id=\"report-form\"", -1)).as("one report form").hasSize(2);

        postForm("/read/" + slug + "/melden", someAddress(), "commentId", String.valueOf(comment), "reason", "insult",
                "text", "Beleidigt andere.")
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/read/" + slug + "?gemeldet=" + comment
                        + "#report-confirmation"));
        assertThat(jdbc.queryForMap("select reason, note from comment_report where comment_id = ?", comment))
                .containsEntry("reason", "INSULT").containsEntry("note", "Beleidigt andere.");

        String thanked = get200("/read/" + slug + "?gemeldet=" + comment);
        String thankedItem = thanked.substring(thanked.indexOf("id=\"comment-" + comment + "\""),
                thanked.indexOf("id=\"comment-" + other + "\""));
        assertThat(thankedItem).contains("<p id=\"report-confirmation\" class=\"status ok\" role=\"status\">Danke, "
                + "Ihre Beanstandung ist eingegangen. Die Redaktion sieht sich den Kommentar an.</p>");
    }

    @Test
    void a_report_without_a_reason_and_with_too_long_text_comes_back_with_both_messages_and_the_text()
            throws Exception {
        long article = data.article("Melden abgelehnt", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Pöbler", "Unverschämt.", "APPROVED", T0.plusSeconds(10));
        String text = "Ü".repeat(501) + " <script>x</script>";
        String html = postForm("/read/" + data.slug("Melden abgelehnt") + "/melden", someAddress(),
                "commentId", String.valueOf(comment), "reason", "", "text", text)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String item = html.substring(html.indexOf("id=\"comment-" + comment + "\""));
        assertThat(item).contains("<form id=\"report-form\"")
                .contains("<span class=\"field-error\" id=\"report-reason-error\">Bitte wählen Sie einen Grund aus.</span>")
                .contains("<span class=\"field-error\" id=\"report-text-error\">Das Feld „Erläuterung“ darf höchstens "
                        + "500 Zeichen lang sein.</span>")
                .contains("Ü".repeat(501) + " &lt;script&gt;x&lt;/script&gt;</textarea>")
                .contains("Bitte prüfen Sie Ihre Eingaben.")
                .doesNotContain("<script>x");
        assertThat(item.split("aria-invalid=\"true\"", -1)).hasSize(3);

        // The reason the reader chose stays chosen when only the text is refused.
        String kept = postForm("/read/" + data.slug("Melden abgelehnt") + "/melden", someAddress(),
                "commentId", String.valueOf(comment), "reason", "off_topic", "text", "Ü".repeat(501))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("<option value=\"off_topic\" selected=\"selected\">Am Thema vorbei</option>");
        assertThat(jdbc.queryForObject("select count(*) from comment_report where comment_id = ?", Integer.class,
                comment)).isZero();
    }

    @Test
    void a_report_another_site_posts_in_the_readers_browser_is_refused_and_counts_nothing() throws Exception {
        long article = data.article("Melden fremd", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Leserin", "Harmlos.", "APPROVED", T0.plusSeconds(10));
        String html = mvc.perform(post("/read/" + data.slug("Melden fremd") + "/melden")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Sec-Fetch-Site", "cross-site")
                        .param("commentId", String.valueOf(comment)).param("reason", "spam"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ihre Beanstandung kann derzeit nicht angenommen werden.");
        assertThat(jdbc.queryForObject("select count(*) from comment_report where comment_id = ?", Integer.class,
                comment)).isZero();
    }

    @Test
    void reports_from_one_reader_are_rate_limited_like_the_apis_and_the_eleventh_keeps_its_text() throws Exception {
        long article = data.article("Oft gemeldet", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Leserin", "Eins.", "APPROVED", T0.plusSeconds(10));
        String url = "/read/" + data.slug("Oft gemeldet") + "/melden";
        String address = someAddress();
        for (int i = 1; i <= 10; i++) {
            postForm(url, address, "commentId", String.valueOf(comment), "reason", "spam")
                    .andExpect(status().isSeeOther());
        }
        var response = postForm(url, address, "commentId", String.valueOf(comment), "reason", "other",
                "text", "Mein elfter Hinweis").andExpect(status().isTooManyRequests()).andReturn().getResponse();
        assertThat(response.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(response.getContentAsString())
                .contains("Sie haben gerade viele Kommentare gemeldet. Bitte versuchen Sie es später erneut.")
                .contains(">Mein elfter Hinweis</textarea>", "<option value=\"other\" selected=\"selected\">");
        // One client, one report: the ten repeats counted once.
        assertThat(jdbc.queryForObject("select report_count from comment where id = ?", Integer.class, comment))
                .isEqualTo(1);
    }

    @Test
    void a_report_of_a_comment_readers_no_longer_see_says_so_above_the_thread() throws Exception {
        long article = data.article("Melden zu spät", "PUBLISHED", wirtschaft, T0);
        long comment = data.comment(article, null, "Leserin", "Schon weg.", "PENDING", T0.plusSeconds(10));
        String html = postForm("/read/" + data.slug("Melden zu spät") + "/melden", someAddress(),
                "commentId", String.valueOf(comment), "reason", "spam")
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<p id=\"report-confirmation\" class=\"status error\" role=\"status\">Dieser "
                + "Kommentar ist nicht mehr veröffentlicht.</p>");
        postForm("/read/" + data.slug("Melden zu spät") + "/melden", someAddress(), "commentId", "abc",
                "reason", "spam").andExpect(status().isNotFound());
    }
}
