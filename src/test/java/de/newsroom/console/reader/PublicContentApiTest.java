package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.db.DatabaseGuard;
import de.newsroom.console.base.web.ReaderCors;
import de.newsroom.console.base.web.ReaderShare;
import de.newsroom.console.base.web.ReaderThreads;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class PublicContentApiTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ContentFixtures data;
    long archive;
    long wirtschaft;
    long energie;

    @BeforeEach
    void categories() {
        data = new ContentFixtures(jdbc);
        archive = data.category(null, "News Archiv");
        wirtschaft = data.category(archive, "Wirtschaft");
        energie = data.category(wirtschaft, "Energie");
    }

    @Test
    void an_anonymous_reader_gets_a_published_article_with_breadcrumb_and_keywords() throws Exception {
        long id = data.article("Kaspersky beendet Geschäft", "PUBLISHED", wirtschaft, T0);
        long tag = data.tag("Verbot");
        data.tagArticle(id, tag);

        mvc.perform(get("/api/public/articles/" + data.slug("Kaspersky beendet Geschäft")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=60, stale-while-revalidate=300"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().exists("Last-Modified"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.title").value("Kaspersky beendet Geschäft"))
                .andExpect(jsonPath("$.lead").value("Der Vorspann zu Kaspersky beendet Geschäft."))
                .andExpect(jsonPath("$.bodyHtml").value(Matchers.containsString("<h2>Zwischenüberschrift</h2>")))
                .andExpect(jsonPath("$.breadcrumb[0].type").value("home"))
                .andExpect(jsonPath("$.breadcrumb[0].name").value("Startseite"))
                .andExpect(jsonPath("$.breadcrumb[1].name").value("News Archiv " + data.run))
                .andExpect(jsonPath("$.breadcrumb[2].path").value(data.pathOf(wirtschaft)))
                .andExpect(jsonPath("$.breadcrumb[3].type").value("article"))
                .andExpect(jsonPath("$.breadcrumb[3].slug").value(data.slug("Kaspersky beendet Geschäft")))
                .andExpect(jsonPath("$.keywords").value(("Verbot" + data.run).toLowerCase()))
                .andExpect(jsonPath("$.tags[0].key").value(("verbot" + data.run).toLowerCase()))
                .andExpect(jsonPath("$.publishedAt").value("2026-06-01T08:00:00Z"))
                .andExpect(jsonPath("$.commentsOpen").value(true))
                .andExpect(jsonPath("$.approvedCommentCount").value(0));
    }

    @Autowired
    ReaderShare share;
    @Autowired
    DatabaseGuard database;

    /**
     * Readers pouring in cannot take the whole pool: once their share is in use the next one is answered 503 with
     * Retry-After at once (after the short queue wait), the breaker stays closed (overload is no outage), and a slot
     * freed serves the next reader. Every answered request gives its slot back.
     */
    @Test
    void readers_beyond_their_share_of_the_pool_get_503_with_retry_after_and_the_console_keeps_its_connections()
            throws Exception {
        String slug = data.slug("Viel gelesen");
        data.article("Viel gelesen", "PUBLISHED", wirtschaft, T0);
        mvc.perform(get("/api/public/articles/" + slug)).andExpect(status().isOk());
        assertThat(share.available()).as("the answered request gave its slot back").isEqualTo(share.size());

        for (int i = 0; i < share.size(); i++) {
            share.enter();
        }
        try {
            mvc.perform(get("/api/public/articles/" + slug))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", String.valueOf(DatabaseGuard.RETRY_AFTER_SECONDS)))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.error").value("unavailable"));
            assertThat(database.refusing()).as("a full reader share is no database outage").isFalse();
            assertThat(jdbc.queryForObject("select count(*) from article where slug = ?", Long.class, slug))
                    .as("the console still gets its connection").isEqualTo(1L);
        } finally {
            for (int i = 0; i < share.size(); i++) {
                share.leave();
            }
        }
        mvc.perform(get("/api/public/articles/" + slug)).andExpect(status().isOk());
        assertThat(share.available()).isEqualTo(share.size());
    }

    @Autowired
    ReaderThreads threads;

    /**
     * Readers cannot take every request thread either: with their share of the threads in use (the mixed-load run
     * found 152 of 200 waiting in the comment POST's group commit) the next reader request, a comment POST included,
     * is answered 503 with Retry-After at once, and one freed thread serves the next reader.
     */
    @Test
    void readers_beyond_their_share_of_the_request_threads_get_503_at_once_comment_posts_included() throws Exception {
        String slug = data.slug("Stark besucht");
        data.article("Stark besucht", "PUBLISHED", wirtschaft, T0);
        int taken = 0;
        while (threads.tryEnter()) {
            taken++;
        }
        try {
            assertThat(taken).isEqualTo(threads.size());
            mvc.perform(get("/api/public/articles/" + slug).header("Accept-Language", "de"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", String.valueOf(DatabaseGuard.RETRY_AFTER_SECONDS)))
                    .andExpect(jsonPath("$.error").value("unavailable"))
                    .andExpect(jsonPath("$.message").value(Matchers.startsWith("Gerade sind zu viele")));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/api/public/articles/" + slug + "/comments")
                            .contentType("application/json").content("{\"authorName\":\"Leser\",\"body\":\"Hallo\"}"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value(503));
            assertThat(jdbc.queryForObject("select count(*) from comment c join article a on a.id = c.article_id "
                    + "where a.slug = ?", Long.class, slug)).as("nothing stored").isZero();
            threads.leave();
            taken--;
            mvc.perform(get("/api/public/articles/" + slug)).andExpect(status().isOk());
        } finally {
            for (int i = 0; i < taken; i++) {
                threads.leave();
            }
        }
        assertThat(threads.available()).isEqualTo(threads.size());
    }

    @Test
    void unpublished_and_unknown_articles_are_404_json() throws Exception {
        data.article("Noch ein Entwurf", "DRAFT", wirtschaft, null);
        data.article("Wartet auf Prüfung", "IN_REVIEW", wirtschaft, null);
        for (String slug : new String[] {data.slug("Noch ein Entwurf"), data.slug("Wartet auf Prüfung"), "gibt-es-nicht"}) {
            mvc.perform(get("/api/public/articles/" + slug))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.error").value("not_found"));
        }
    }

    @Test
    void an_old_slug_redirects_permanently_to_the_current_one() throws Exception {
        long id = data.article("Neuer Titel", "PUBLISHED", wirtschaft, T0);
        data.alias("alter-titel-" + data.run, id);
        mvc.perform(get("/api/public/articles/alter-titel-" + data.run))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/api/public/articles/" + data.slug("Neuer Titel")));
    }

    @Test
    void a_repeat_request_with_the_etag_or_the_date_gets_304() throws Exception {
        data.article("Zweimal gelesen", "PUBLISHED", wirtschaft, T0);
        String url = "/api/public/articles/" + data.slug("Zweimal gelesen");
        MvcResult first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");

        mvc.perform(get(url).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag));
        mvc.perform(get(url).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());

        String listUrl = "/api/public/articles?category=" + data.pathOf(wirtschaft);
        String listEtag = mvc.perform(get(listUrl)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(listUrl).header("If-None-Match", listEtag)).andExpect(status().isNotModified());
        String treeEtag = mvc.perform(get("/api/public/categories")).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/public/categories").header("If-None-Match", treeEtag)).andExpect(status().isNotModified());
    }

    @Test
    void a_new_approved_comment_changes_the_etag() throws Exception {
        long id = data.article("Kommentiert", "PUBLISHED", wirtschaft, T0);
        String url = "/api/public/articles/" + data.slug("Kommentiert");
        String before = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        data.comment(id, null, "Leserin", "Gut.", "APPROVED", T0.plusSeconds(60));
        mvc.perform(get(url).header("If-None-Match", before))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedCommentCount").value(1));
    }

    @Test
    void the_body_is_sanitised_and_has_no_active_content() throws Exception {
        data.article("Böse Eingabe", "Vorspann", """
                ## Teil 1

                <script>alert(1)</script>

                <img src=x onerror="alert(2)">

                [Klick](javascript:alert(3)) und <a href="javascript:alert(4)" onclick="alert(5)">x</a>

                <iframe src="https://evil.example"></iframe><p style="color:red" onmouseover="alert(6)">Text</p>
                """, "PUBLISHED", wirtschaft, T0);
        String json = mvc.perform(get("/api/public/articles/" + data.slug("Böse Eingabe")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.toLowerCase()).doesNotContain("<script", "onerror", "javascript:", "onclick", "onmouseover",
                "<iframe", "<img", "style=");
        assertThat(json).contains("<h2>Teil 1</h2>");
    }

    @Test
    void no_email_or_client_hash_appears_anywhere_even_when_stored() throws Exception {
        long id = data.article("Mit Kommentaren", "PUBLISHED", wirtschaft, T0);
        long parent = data.comment(id, null, "Anna", "Erster!", "APPROVED", T0.plusSeconds(10));
        data.comment(id, parent, "Bernd", "Antwort", "APPROVED", T0.plusSeconds(20));
        data.comment(id, null, "Carla", "Wartet", "PENDING", T0.plusSeconds(30));
        String detail = mvc.perform(get("/api/public/articles/" + data.slug("Mit Kommentaren")))
                .andExpect(jsonPath("$.approvedCommentCount").value(2))
                .andReturn().getResponse().getContentAsString();
        String list = mvc.perform(get("/api/public/articles?category=" + data.pathOf(wirtschaft)))
                .andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/read/" + data.slug("Mit Kommentaren")))
                .andReturn().getResponse().getContentAsString();
        for (String body : new String[] {detail, list, page}) {
            assertThat(body).doesNotContain("secret-" + data.run, "@example.org", "clienthash" + data.run)
                    .doesNotContainIgnoringCase("email\":").doesNotContain("clientHash", "client_hash");
        }
    }

    @Test
    void the_list_is_newest_first_and_a_category_includes_its_subcategories() throws Exception {
        data.article("Alt", "PUBLISHED", wirtschaft, T0);
        data.article("Neu in Energie", "PUBLISHED", energie, T0.plusSeconds(3600));
        data.article("Entwurf", "DRAFT", wirtschaft, null);
        data.article("Woanders", "PUBLISHED", archive, T0.plusSeconds(7200));

        mvc.perform(get("/api/public/articles").param("category", data.pathOf(wirtschaft)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].title").value("Neu in Energie"))
                .andExpect(jsonPath("$.items[0].categoryPath").value(data.pathOf(energie)))
                .andExpect(jsonPath("$.items[0].category.length()").value(3))
                .andExpect(jsonPath("$.items[0].teaser").value("Der Vorspann zu Neu in Energie."))
                .andExpect(jsonPath("$.items[1].title").value("Alt"))
                .andExpect(jsonPath("$.hasMore").value(false));

        mvc.perform(get("/api/public/articles").param("category", data.pathOf(wirtschaft)).param("size", "1"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.hasMore").value(true));
        mvc.perform(get("/api/public/articles").param("category", data.pathOf(wirtschaft))
                        .param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.items[0].title").value("Alt"))
                .andExpect(jsonPath("$.hasMore").value(false));
    }

    @Test
    void the_tag_filter_accepts_the_name_or_the_key() throws Exception {
        long tagged = data.article("Mit Schlagwort", "PUBLISHED", wirtschaft, T0);
        data.article("Ohne Schlagwort", "PUBLISHED", wirtschaft, T0);
        data.tagArticle(tagged, data.tag("Künstliche Intelligenz"));
        for (String tag : new String[] {"Künstliche Intelligenz" + data.run, ("kuenstlicheintelligenz" + data.run)}) {
            mvc.perform(get("/api/public/articles").param("tag", tag))
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.items[0].title").value("Mit Schlagwort"))
                    .andExpect(jsonPath("$.items[0].tags[0].name").value("Künstliche Intelligenz" + data.run));
        }
    }

    @Test
    void unknown_addresses_under_the_reader_side_are_404_and_never_reach_vaadin() throws Exception {
        mvc.perform(get("/api/public/nothing/here")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        // "/read" is the home page now; "/read/" sends there.
        mvc.perform(get("/read/")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/read"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/read/a/b")).andExpect(status().isNotFound());
    }

    @Test
    void bad_query_parameters_are_a_400_naming_each_refused_parameter() throws Exception {
        mvc.perform(get("/api/public/articles").param("page", "abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.page").value("must be a whole number"));
        mvc.perform(get("/api/public/articles").param("page", "-1").param("size", "51"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.page").value("must be 0 or more"))
                .andExpect(jsonPath("$.fieldErrors.size").value("must be between 1 and 50"));
        mvc.perform(get("/api/public/articles").param("page", "1000").param("size", "50"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.page").value("page × size must be at most 10000"));
        mvc.perform(get("/api/public/articles").param("size", "0").header("Accept-Language", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.size").value("muss zwischen 1 und 50 liegen"));
    }

    @Test
    void a_nul_byte_or_an_absurdly_long_tag_or_category_is_a_400_not_a_database_error() throws Exception {
        // PostgreSQL refuses a NUL in a text parameter: this used to be an unhandled exception (a 500, and for an
        // API client a redirect to the console's login page).
        mvc.perform(get("/api/public/articles").param("tag", "\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_input"))
                .andExpect(jsonPath("$.fieldErrors.tag").value(Matchers.containsString("NUL")));
        mvc.perform(get("/api/public/articles").param("category", "news-archiv\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.category").value(Matchers.containsString("NUL")));
        mvc.perform(get("/api/public/articles").param("tag", "x".repeat(ReaderService.MAX_TAG + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.tag").value("must be at most 200 characters long"));
        mvc.perform(get("/api/public/articles").param("tag", "x".repeat(ReaderService.MAX_TAG)))
                .andExpect(status().isOk());
    }

    @Test
    void bad_paging_is_a_400_not_a_500() throws Exception {
        mvc.perform(get("/api/public/articles").param("page", "abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_input"));
        mvc.perform(get("/api/public/articles").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/articles").param("size", "500")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/articles").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/articles").param("page", "100000")).andExpect(status().isBadRequest());
    }

    @Test
    void latest_in_category_excludes_the_article_itself_and_includes_subcategories() throws Exception {
        data.article("Hauptartikel", "PUBLISHED", wirtschaft, T0);
        data.article("Aus Energie", "PUBLISHED", energie, T0.plusSeconds(60));
        data.article("Aus Wirtschaft", "PUBLISHED", wirtschaft, T0.plusSeconds(120));
        data.article("Unveröffentlicht", "DRAFT", wirtschaft, null);
        data.article("Fremde Kategorie", "PUBLISHED", archive, T0.plusSeconds(180));
        for (int i = 0; i < 12; i++) {
            data.article("Älter " + i, "PUBLISHED", energie, T0.minusSeconds(3600L * (i + 1)));
        }

        mvc.perform(get("/api/public/articles/" + data.slug("Hauptartikel")))
                .andExpect(jsonPath("$.latestInCategory.length()").value(10))
                .andExpect(jsonPath("$.latestInCategory[0].title").value("Aus Wirtschaft"))
                .andExpect(jsonPath("$.latestInCategory[1].title").value("Aus Energie"))
                .andExpect(jsonPath("$.latestInCategory[2].title").value("Älter 0"))
                .andExpect(jsonPath("$.latestInCategory[0].teaser").value("Der Vorspann zu Aus Wirtschaft."))
                .andExpect(jsonPath("$.latestInCategory[*].title", Matchers.not(Matchers.hasItems(
                        "Hauptartikel", "Unveröffentlicht", "Fremde Kategorie"))));
    }

    @Test
    void the_category_tree_counts_published_articles_including_descendants() throws Exception {
        data.article("W1", "PUBLISHED", wirtschaft, T0);
        data.article("E1", "PUBLISHED", energie, T0);
        data.article("E2", "PUBLISHED", energie, T0);
        data.article("E-Entwurf", "DRAFT", energie, null);
        String archivePath = data.pathOf(archive);
        mvc.perform(get("/api/public/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.path == '" + archivePath + "')].publishedArticleCount").value(3))
                .andExpect(jsonPath("$[?(@.path == '" + archivePath + "')].children[0].slug")
                        .value(data.pathOf(wirtschaft).substring(archivePath.length() + 1)))
                .andExpect(jsonPath("$[?(@.path == '" + archivePath + "')].children[0].publishedArticleCount").value(3))
                .andExpect(jsonPath("$[?(@.path == '" + archivePath + "')].children[0].children[0].publishedArticleCount")
                        .value(2));
    }

    @Test
    void the_api_sends_no_cors_headers_unless_origins_are_configured() throws Exception {
        mvc.perform(get("/api/public/categories").header("Origin", "https://leser.example"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        var cors = ReaderCors.corsFor(ReaderCors.origins(" https://leser.example , "));
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/public/categories");
        request.setRequestURI("/api/public/categories");
        assertThat(cors.getCorsConfiguration(request).getAllowedOrigins()).containsExactly("https://leser.example");
        assertThat(ReaderCors.corsFor(ReaderCors.origins(""))).isNull();
    }

    @Test
    void a_known_address_asked_with_another_method_is_a_405_with_allow_and_for_another_type_a_406() throws Exception {
        // These were all the 404 "no published article or category under this address", which sends an integrator
        // looking for a missing article instead of at the method or the Accept header.
        mvc.perform(post("/api/public/articles").header("Accept-Language", "de"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD"))
                .andExpect(jsonPath("$.error").value("method_not_allowed"))
                .andExpect(jsonPath("$.message").value("Diese Adresse beantwortet POST nicht, nur GET, HEAD."));
        mvc.perform(delete("/api/public/articles/irgendein-artikel/comments"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD, POST"))
                .andExpect(jsonPath("$.status").value(405));
        mvc.perform(get("/api/public/comments/5/reports"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"));
        mvc.perform(get("/api/public/categories").accept("application/xml"))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.error").value("not_acceptable"));
        // OPTIONS: 200 with the address's own methods (Spring's answer named every method, the catch-all's too).
        mvc.perform(options("/api/public/categories"))
                .andExpect(status().isOk())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS"));
        mvc.perform(post("/api/public/gibt-es-nicht"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }
}
