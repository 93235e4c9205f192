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

@IntegrationTest
class ReaderPageTest {

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
        long archive = data.category(null, "News Archiv");
        wirtschaft = data.category(archive, "Wirtschaft");
    }

    private String page(String title) throws Exception {
        return mvc.perform(get("/read/" + data.slug(title)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_page_shows_breadcrumb_lead_body_keywords_and_latest_in_category() throws Exception {
        long id = data.article("Kaspersky beendet Geschäft in den USA nach Verbot",
                "Nach dem Verbot zieht sich die Firma zurück.", "## Hintergrund des Verbots\n\nIm Juni 2024 …",
                "PUBLISHED", wirtschaft, T0);
        data.tagArticle(id, data.tag("Verbot"));
        data.article("Welche Zigarettenmarken ab Juli teurer werden", "Ab Juli werden Zigaretten in Österreich "
                + "erneut teurer. Für Raucher bedeutet das Mehrkosten.", "x", "PUBLISHED", wirtschaft, T0.minusSeconds(60));

        String html = page("Kaspersky beendet Geschäft in den USA nach Verbot");
        assertThat(html)
                .contains("<html lang=\"de\">")
                .contains("Sie befinden sich:", ">Startseite<", ">News Archiv " + data.run + "<", ">Wirtschaft " + data.run + "<")
                .contains("<h1>Kaspersky beendet Geschäft in den USA nach Verbot</h1>")
                .contains("<p class=\"lead\"><strong>Nach dem Verbot zieht sich die Firma zurück.</strong></p>")
                .contains("<h2>Hintergrund des Verbots</h2>")
                // The keyword line is the article's tags, never words picked from its text.
                // aria-label on a <p> is not read out: the line starts with a label only a screen reader reads.
                .contains("<p class=\"keywords\"><span class=\"visually-hidden\">Schlagwörter:</span> "
                        + ("verbot" + data.run).toLowerCase() + "</p>")
                .contains("<meta name=\"keywords\" content=\"" + ("verbot" + data.run).toLowerCase() + "\">")
                .contains("Neueste Nachrichten in der Rubrik „Wirtschaft " + data.run + "“")
                .contains("href=\"/read/" + data.slug("Welche Zigarettenmarken ab Juli teurer werden") + "\"")
                .contains("Ab Juli werden Zigaretten in Österreich erneut teurer. Für Raucher…")
                // Title and teaser are one link; a space keeps them two words for a screen reader.
                .contains("<strong>Welche Zigarettenmarken ab Juli teurer werden</strong> Ab Juli werden")
                .contains("Veröffentlicht am 1. Juni 2026, 10:00 Uhr");
    }

    @Test
    void a_hostile_comment_and_author_name_are_escaped_and_replies_are_threaded() throws Exception {
        long id = data.article("Angegriffen", "PUBLISHED", wirtschaft, T0);
        long root = data.comment(id, null, "<img src=x onerror=alert(1)>", "<script>alert('x')</script> & \"mehr\"",
                "APPROVED", T0.plusSeconds(10));
        data.comment(id, root, "Antwortende", "Ich antworte.", "APPROVED", T0.plusSeconds(20));
        data.comment(id, null, "Wartender", "Nicht freigegeben", "PENDING", T0.plusSeconds(30));

        String html = page("Angegriffen");
        assertThat(html)
                .doesNotContain("<img src=x", "<script>alert")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;mehr&quot;")
                .contains("<h2>2 Kommentare</h2>")
                .doesNotContain("Nicht freigegeben");
        // The reply sits in a nested list inside its parent's item.
        int parent = html.indexOf("id=\"comment-" + root + "\"");
        int reply = html.indexOf("Antwortende");
        assertThat(html.substring(parent, reply)).contains("<ol>");
    }

    @Test
    void the_comment_heading_says_kommentar_for_one_and_kommentare_for_none_and_many() throws Exception {
        long one = data.article("Ein Kommentar", "PUBLISHED", wirtschaft, T0);
        data.comment(one, null, "Leserin", "Nur einer.", "APPROVED", T0.plusSeconds(10));
        assertThat(page("Ein Kommentar")).contains("<h2>1 Kommentar</h2>").doesNotContain("Kommentare (1)");
        data.article("Kein Kommentar", "PUBLISHED", wirtschaft, T0);
        assertThat(page("Kein Kommentar")).contains("<h2>Kommentare</h2>", "Noch keine Kommentare.");
        long many = data.article("Viele Kommentare", "PUBLISHED", wirtschaft, T0);
        for (int i = 0; i < 3; i++) {
            data.comment(many, null, "Leser " + i, "Text " + i, "APPROVED", T0.plusSeconds(10 + i));
        }
        assertThat(page("Viele Kommentare")).contains("<h2>3 Kommentare</h2>");
    }

    @Test
    void the_page_has_the_comment_form_posting_to_the_public_intake_under_a_strict_policy() throws Exception {
        data.article("Mit Formular", "PUBLISHED", wirtschaft, T0);
        var result = mvc.perform(get("/read/" + data.slug("Mit Formular"))).andReturn().getResponse();
        String html = result.getContentAsString();
        assertThat(html)
                .contains("Kommentar schreiben", "Ihr Kommentar wird nach Prüfung veröffentlicht.")
                .contains("data-endpoint=\"/api/public/articles/" + data.slug("Mit Formular") + "/comments\"")
                .contains("name=\"authorName\"", "name=\"email\"", "name=\"body\"", "name=\"parentId\"",
                        "name=\"website\"")
                .containsPattern("<script src=\"/read/assets/reader-[0-9a-f]{32}\\.js\" defer></script>")
                .containsPattern("<link rel=\"stylesheet\" href=\"/read/assets/reader-[0-9a-f]{32}\\.css\">")
                .doesNotContain("<style", " style=\"", "onclick=", "onsubmit=")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]");
        assertThat(result.getHeaders("Content-Security-Policy")).as("one policy, the reader page's").hasSize(1);
        String csp = result.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
                        "frame-ancestors 'none'")
                .doesNotContain("sha256-", "unsafe-inline", "unsafe-eval");
        assertThat(result.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void a_title_with_markup_and_a_reader_typed_script_come_out_escaped() throws Exception {
        long id = data.article("Fette <b>Schlagzeile</b> & mehr", "Vorspann mit <i>Kursiv</i>",
                "Text mit <script>alert('body')</script> darin", "PUBLISHED", wirtschaft, T0);
        data.tagArticle(id, data.tag("<script>Schlagwort"));
        data.comment(id, null, "\"><script>alert('name')</script>", "<script>alert('kommentar')</script>",
                "APPROVED", T0.plusSeconds(10));

        String html = page("Fette <b>Schlagzeile</b> & mehr");
        assertThat(html)
                .doesNotContain("<b>Schlagzeile", "<i>Kursiv", "<script>alert", "\"><script>")
                .contains("<title>Fette &lt;b&gt;Schlagzeile&lt;/b&gt; &amp; mehr</title>")
                .contains("<h1>Fette &lt;b&gt;Schlagzeile&lt;/b&gt; &amp; mehr</h1>")
                .contains("title=\"Fette &lt;b&gt;Schlagzeile&lt;/b&gt; &amp; mehr\"")
                .contains("<strong>Vorspann mit &lt;i&gt;Kursiv&lt;/i&gt;</strong>")
                .contains("&lt;script&gt;schlagwort")
                .contains("<p>&lt;script&gt;alert(&#39;kommentar&#39;)&lt;/script&gt;</p>")
                .contains("<span class=\"who\">&quot;&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</span>")
                .contains("data-reply-label=\"Antwort auf den Kommentar von &quot;&gt;&lt;script&gt;");
        // The sanitiser removed the script from the Markdown body; the one unescaped insertion stays clean.
        assertThat(html.substring(html.indexOf("<div class=\"body\">"))).doesNotContain("alert('body')");
    }

    @Test
    void the_unknown_page_has_the_same_strict_policy_and_the_assets_are_public_and_cached_for_good() throws Exception {
        var missing = mvc.perform(get("/read/gibt-es-nicht-" + data.run)).andExpect(status().isNotFound())
                .andReturn().getResponse();
        assertThat(missing.getContentAsString()).contains("<html lang=\"de\">", "Artikel nicht gefunden");
        assertThat(missing.getHeader("Content-Security-Policy")).isEqualTo(ReaderPages.CONTENT_SECURITY_POLICY)
                .doesNotContain("sha256-", "unsafe-inline");
        assertThat(mvc.perform(get("/read/a/b")).andReturn().getResponse().getHeader("Content-Security-Policy"))
                .isEqualTo(ReaderPages.CONTENT_SECURITY_POLICY);

        var matcher = java.util.regex.Pattern.compile("(/read/assets/reader-[0-9a-f]{32}\\.(css|js))")
                .matcher(missing.getContentAsString());
        int found = 0;
        while (matcher.find()) {
            found++;
            var asset = mvc.perform(get(matcher.group(1))).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(asset.getContentType()).startsWith(matcher.group(2).equals("css") ? "text/css" : "text/javascript");
            assertThat(asset.getHeader("Cache-Control")).contains("max-age=31536000", "public", "immutable");
            assertThat(asset.getHeader("Set-Cookie")).isNull();
            assertThat(asset.getHeader("Pragma")).as("no no-cache on a hashed asset").isNull();
            assertThat(asset.getContentAsString()).isNotBlank();
        }
        assertThat(found).as("stylesheet and script linked").isEqualTo(2);
        assertThat(mvc.perform(get("/read/assets/reader-" + "0".repeat(32) + ".css")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void the_form_names_each_field_in_its_own_localized_message() throws Exception {
        data.article("Feldmeldungen", "PUBLISHED", wirtschaft, T0);
        assertThat(page("Feldmeldungen"))
                .contains("data-required=\"Bitte füllen Sie das Feld „Name“ aus.\"")
                .contains("data-required=\"Bitte füllen Sie das Feld „Ihr Kommentar“ aus.\"")
                .contains("data-too-long=\"Das Feld „Ihr Kommentar“ darf höchstens 5.000 Zeichen lang sein.\"")
                .contains("data-email=\"Im Feld „E-Mail“ steht keine gültige E-Mail-Adresse.\"")
                .contains("data-invalid=\"Bitte prüfen Sie Ihre Eingaben.\"")
                .doesNotContain("is required", "??");
    }

    @Test
    void no_field_has_a_maxlength_that_would_cut_a_pasted_text_or_count_an_emoji_twice() throws Exception {
        // maxlength counts UTF-16 units: 41 emoji in "Name" (80 code points allowed) were refused by the browser,
        // and a pasted comment over 5,000 units was cut without a word. The limits stay as data-max, in code points.
        long id = data.article("Ohne Längengrenze", "PUBLISHED", wirtschaft, T0);
        data.comment(id, null, "Leserin", "Ein Kommentar, damit das Melden-Formular da ist.", "APPROVED",
                T0.plusSeconds(10));
        assertThat(page("Ohne Längengrenze")).doesNotContain("maxlength")
                .contains("data-max=\"80\"", "data-max=\"254\"", "data-max=\"5000\"", "data-max=\"500\"");
    }

    @Test
    void an_article_without_tags_has_no_keyword_line() throws Exception {
        data.article("Ohne Schlagwörter", "Vorspann", "Viele Wörter im Text: Haushalt, Steuern, Rente.", "PUBLISHED",
                wirtschaft, T0);
        assertThat(page("Ohne Schlagwörter")).doesNotContain("class=\"keywords\"", "name=\"keywords\"");
    }

    @Test
    void every_comment_has_an_anchor_and_a_melden_link_for_the_one_report_form() throws Exception {
        long id = data.article("Mit Melden", "PUBLISHED", wirtschaft, T0);
        jdbc.update("update article set comments_open = false where id = ?", id);
        long comment = data.comment(id, null, "Leserin", "Ein Kommentar zum Melden.", "APPROVED",
                T0.plusSeconds(10));
        String html = page("Mit Melden");
        // Reports work also when the article takes no new comments.
        assertThat(html).contains("id=\"comment-" + comment + "\"")
                .contains("data-report=\"" + comment + "\"", ">Melden</a>")
                .contains("data-report-label=\"Kommentar von Leserin melden\"")
                .contains("id=\"report-form\"", "data-endpoint=\"/api/public/comments/{id}/reports\"")
                .contains("<option value=\"personal_data\">Persönliche Daten</option>")
                .contains("data-max=\"500\"");
    }

    @Test
    void an_edited_comment_says_so_and_a_newsroom_reply_carries_the_badge() throws Exception {
        long id = data.article("Redigiert", "PUBLISHED", wirtschaft, T0);
        long edited = data.comment(id, null, "Leser", "Nummer entfernt.", "APPROVED", T0.plusSeconds(10));
        long reply = data.comment(id, edited, "Redaktion", "Danke für den Hinweis.", "APPROVED", T0.plusSeconds(20));
        jdbc.update("update comment set edited_by_newsroom = true where id = ?", edited);
        jdbc.update("update comment set from_newsroom = true where id = ?", reply);
        String html = page("Redigiert");
        int first = html.indexOf("id=\"comment-" + edited + "\"");
        int second = html.indexOf("id=\"comment-" + reply + "\"");
        assertThat(html.substring(first, second)).contains("<p class=\"edited\">bearbeitet von der Redaktion</p>")
                .doesNotContain("class=\"badge\"");
        assertThat(html.substring(second)).contains("<span class=\"badge\">Redaktion</span>")
                .doesNotContain("bearbeitet von der Redaktion");
        assertThat(html).contains("class=\"comment from-newsroom\"");
    }

    @Test
    void closed_comments_show_a_note_instead_of_the_form() throws Exception {
        long id = data.article("Geschlossen", "PUBLISHED", wirtschaft, T0);
        jdbc.update("update article set comments_open = false where id = ?", id);
        assertThat(page("Geschlossen")).contains("Die Kommentare zu diesem Artikel sind geschlossen.")
                .doesNotContain("id=\"comment-form\"");
    }

    /**
     * Skip links for keyboard users, the page's first links, in the site's language: to the article (past the
     * breadcrumb), to its comments and, while it takes comments, to the form; each leads to an element that is there.
     * On the home and the category pages one leads to the list. The breadcrumb's entries are boxes of their own
     * ({@code crumb}, kept whole by reader.css), so a line breaks between them and not inside "News Archiv".
     */
    @Test
    void skip_links_lead_to_the_article_the_comments_and_the_form_and_each_crumb_is_a_box_of_its_own()
            throws Exception {
        data.article("Mit Sprunglinks", "PUBLISHED", wirtschaft, T0);
        String html = page("Mit Sprunglinks");
        String skip = "<div class=\"skip-links\">\n<a href=\"#content\">Navigation überspringen</a>\n"
                + "<a href=\"#comments\">Zu den Kommentaren springen</a>\n"
                + "<a href=\"#write-comment\">Zum Kommentarformular springen</a>\n</div>";
        assertThat(html).contains(skip, "<article id=\"content\">", "<section class=\"comments\" id=\"comments\">",
                "<section class=\"comment-form\" id=\"write-comment\">");
        // First in the page: before the preview note and the breadcrumb, and before any other link.
        int body = html.indexOf("<body>");
        assertThat(html.indexOf(skip)).isGreaterThan(body)
                .isLessThan(html.indexOf("class=\"preview-note\""))
                .isLessThan(html.indexOf("<a ", html.indexOf(skip) + skip.length()));
        assertThat(html).contains("<span class=\"crumb\"><a href=\"/read/rubrik/", "<span class=\"crumb\"><a href=\"/read\">")
                .containsPattern("<span class=\"crumb\"><span aria-current=\"page\"[^>]*>Mit Sprunglinks</span></span>");

        // No comments taken: no link to a form that is not there; the comments (and the note) still are.
        long closed = data.article("Ohne Formular", "PUBLISHED", wirtschaft, T0);
        jdbc.update("update article set comments_open = false where id = ?", closed);
        assertThat(page("Ohne Formular")).contains("<a href=\"#comments\">Zu den Kommentaren springen</a>")
                .doesNotContain("#write-comment\"");

        for (String list : new String[] {"/read", "/read/rubrik/" + data.pathOf(wirtschaft)}) {
            String listing = mvc.perform(get(list)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(listing).as(list).contains("<div class=\"skip-links\">\n<a href=\"#content\">Navigation überspringen</a>\n</div>",
                    "<section class=\"listing\" id=\"content\"").doesNotContain("#comments\"");
        }
    }

    /** A form post as a browser without script sends it, from its own address (the rate limit counts per client). */
    private org.springframework.test.web.servlet.ResultActions postForm(String slug, String... fields)
            throws Exception {
        var request = post("/read/" + slug).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(r -> {
                    r.setRemoteAddr("10.13." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
                    return r;
                });
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void without_javascript_the_form_posts_to_the_page_and_the_reader_is_thanked() throws Exception {
        data.article("Ohne Skript", "PUBLISHED", wirtschaft, T0);
        String slug = data.slug("Ohne Skript");
        assertThat(page("Ohne Skript")).contains("<form id=\"comment-form\" method=\"post\" novalidate action=\"/read/"
                + slug + "#comment-form\"");
        String body = "Ohne JavaScript geschrieben " + data.run;
        // This used to answer 404 "Artikel nicht gefunden" and lose the text.
        postForm(slug, "parentId", "", "authorName", "Lena", "email", "", "body", body, "website", "")
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/read/" + slug + "?kommentar=gesendet#comment-status"));
        assertThat(jdbc.queryForObject("select status from comment where body = ?", String.class, body))
                .isEqualTo("PENDING");
        String thanked = mvc.perform(get("/read/" + slug).param("kommentar", "gesendet")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(thanked).contains("Vielen Dank! Ihr Kommentar wird nach Prüfung veröffentlicht.");
    }

    @Test
    void a_form_post_another_site_makes_in_the_readers_browser_is_refused_and_stores_nothing() throws Exception {
        data.article("Fremde Seite", "PUBLISHED", wirtschaft, T0);
        String body = "Von einer fremden Seite " + data.run;
        var request = post("/read/" + data.slug("Fremde Seite")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Sec-Fetch-Site", "cross-site").param("authorName", "Opfer").param("body", body);
        String html = mvc.perform(request).andExpect(status().isForbidden()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Ihr Kommentar kann derzeit nicht angenommen werden.");
        assertThat(jdbc.queryForObject("select count(*) from comment where body = ?", Integer.class, body)).isZero();
        // The page's own form (same-origin) still posts.
        postForm(data.slug("Fremde Seite"), "authorName", "Lena", "body", body)
                .andExpect(status().isSeeOther());
    }

    @Test
    void without_javascript_a_refused_form_keeps_what_was_typed_and_names_each_field_in_german() throws Exception {
        data.article("Zu lang", "PUBLISHED", wirtschaft, T0);
        String tooLong = "Ä".repeat(5_001) + " <script>alert('x')</script>";
        var response = postForm(data.slug("Zu lang"), "authorName", "  ", "email", "kein-at", "body", tooLong)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY))
                .andReturn().getResponse();
        String html = response.getContentAsString();
        assertThat(html)
                .contains("<span class=\"field-error\" id=\"authorName-error\">Bitte füllen Sie das Feld „Name“ aus.</span>")
                .contains("<span class=\"field-error\" id=\"email-error\">Im Feld „E-Mail“ steht keine gültige "
                        + "E-Mail-Adresse.</span>")
                .contains("<span class=\"field-error\" id=\"body-error\">Das Feld „Ihr Kommentar“ darf höchstens 5.000 "
                        + "Zeichen lang sein.</span>")
                .contains("Bitte prüfen Sie Ihre Eingaben.")
                .contains("value=\"kein-at\"")
                // The typed text is back in the box, escaped.
                .contains("Ä".repeat(5_001) + " &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</textarea>")
                .doesNotContain("<script>alert");
        assertThat(html.split("aria-invalid=\"true\"", -1)).hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from comment where body like ?", Integer.class,
                "ÄÄÄÄ%")).isZero();
    }

    @Test
    void without_javascript_a_post_after_the_comments_closed_says_so_and_keeps_the_text() throws Exception {
        long id = data.article("Inzwischen geschlossen", "PUBLISHED", wirtschaft, T0);
        jdbc.update("update article set comments_open = false where id = ?", id);
        String html = postForm(data.slug("Inzwischen geschlossen"), "authorName", "Lena", "body", "Mein Text bleibt.")
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Die Kommentare zu diesem Artikel sind geschlossen.")
                .contains("Zu diesem Artikel können derzeit keine Kommentare geschrieben werden.")
                .contains(">Mein Text bleibt.</textarea>", "value=\"Lena\"");
    }

    @Test
    void an_old_slug_redirects_and_a_draft_is_not_found() throws Exception {
        long id = data.article("Umbenannt", "PUBLISHED", wirtschaft, T0);
        data.alias("vorher-" + data.run, id);
        mvc.perform(get("/read/vorher-" + data.run))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/read/" + data.slug("Umbenannt")));
        data.article("Geheim", "DRAFT", wirtschaft, null);
        mvc.perform(get("/read/" + data.slug("Geheim"))).andExpect(status().isNotFound());
    }
}
