package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reader's home page {@code /read}: the newest published articles of every category, a page at a time, and the
 * sections; the breadcrumb's "Startseite" leads here. The database is shared with other tests, so this test's
 * articles are dated 2099 (newer than anything else) and removed again afterwards.
 */
@IntegrationTest
class ReaderHomePageTest {

    private static final Instant T0 = Instant.parse("2099-06-01T08:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    ContentFixtures data;
    long archive;
    long wirtschaft;

    @BeforeEach
    void categories() {
        data = new ContentFixtures(jdbc);
        archive = data.category(null, "News Archiv");
        wirtschaft = data.category(archive, "Wirtschaft");
    }

    @AfterEach
    void removeTheArticlesDatedInTheFuture() {
        jdbc.update("delete from article where slug like ?", "%-" + data.run);
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_home_page_lists_the_newest_published_articles_first_with_date_category_and_lead() throws Exception {
        data.article("Älter", "PUBLISHED", wirtschaft, T0);
        data.article("Neuer", "PUBLISHED", wirtschaft, T0.plusSeconds(3_600));
        data.article("Ohne Rubrik", "PUBLISHED", null, T0.plusSeconds(1_800));

        String page = html("/read");
        assertThat(page)
                .contains("<title>Neueste Nachrichten</title>", "<h1 id=\"listing-title\">Neueste Nachrichten</h1>")
                .contains("<a href=\"/read/" + data.slug("Neuer") + "\">Neuer</a>")
                .contains("Der Vorspann zu Neuer.")
                // German date in the newsroom's zone (summer time), and the article's category linked to its page.
                .contains("1. Juni 2099, 11:00 Uhr")
                .contains("<a class=\"category\" href=\"/read/rubrik/" + data.pathOf(wirtschaft) + "\">Wirtschaft "
                        + data.run + "</a>")
                .contains("<a href=\"/read/" + data.slug("Ohne Rubrik") + "\">Ohne Rubrik</a>");
        assertThat(page.indexOf(">Neuer<")).as("newest first").isLessThan(page.indexOf(">Ohne Rubrik<"));
        assertThat(page.indexOf(">Ohne Rubrik<")).isLessThan(page.indexOf(">Älter<"));
        // The home page is where the reader is: "Startseite" is the current crumb, not a link.
        assertThat(page).contains("<span aria-current=\"page\">Startseite</span>")
                .doesNotContain("<a href=\"/read\">Startseite</a>");
    }

    @Test
    void the_root_categories_and_their_sections_link_their_pages() throws Exception {
        long sport = data.category(null, "Sport");
        long fussball = data.category(sport, "Fußball");
        data.category(fussball, "Bundesliga");

        String page = html("/read");
        assertThat(page)
                .contains("<a href=\"/read/rubrik/" + data.pathOf(archive) + "\">News Archiv " + data.run + "</a>")
                .contains("<a href=\"/read/rubrik/" + data.pathOf(wirtschaft) + "\">Wirtschaft " + data.run + "</a>")
                .contains("<a href=\"/read/rubrik/" + data.pathOf(sport) + "\">Sport " + data.run + "</a>")
                .contains("<a href=\"/read/rubrik/" + data.pathOf(fussball) + "\">Fußball " + data.run + "</a>")
                // Two levels: a front page's section list, not the whole tree.
                .doesNotContain("Bundesliga " + data.run);
    }

    @Test
    void drafts_articles_in_review_scheduled_archived_and_trashed_articles_stay_off_the_home_page() throws Exception {
        data.article("Veröffentlicht", "PUBLISHED", wirtschaft, T0);
        // Each newer than the published one, so a missing status filter would put it on top.
        data.article("Entwurf", "DRAFT", wirtschaft, T0.plusSeconds(60));
        data.article("In Prüfung", "IN_REVIEW", wirtschaft, T0.plusSeconds(120));
        data.article("Geplant", "SCHEDULED", wirtschaft, T0.plusSeconds(180));
        data.article("Archiviert", "ARCHIVED", wirtschaft, T0.plusSeconds(240));
        long trashed = data.article("Zurückgezogen", "PUBLISHED", wirtschaft, T0.plusSeconds(300));
        jdbc.update("update article set status = 'TRASHED', trashed_at = now(), trashed_from = 'PUBLISHED' where id = ?",
                trashed);

        assertThat(html("/read")).contains(">Veröffentlicht<")
                .doesNotContain("Entwurf", "In Prüfung", "Geplant", "Archiviert", "Zurückgezogen");
    }

    @Test
    void twenty_articles_a_page_and_seite_pages_through_the_older_ones() throws Exception {
        for (int i = 0; i < 21; i++) {
            data.article("Meldung " + i, "PUBLISHED", wirtschaft, T0.plusSeconds(i * 60L));
        }
        String first = html("/read");
        assertThat(first).contains(">Meldung 20<", ">Meldung 1<").doesNotContain(">Meldung 0<")
                .contains("<a rel=\"next\" href=\"/read?seite=2\">Ältere Artikel ›</a>")
                .doesNotContain("rel=\"prev\"");
        assertThat(first.indexOf(">Meldung 20<")).as("newest first").isLessThan(first.indexOf(">Meldung 19<"));

        String second = html("/read?seite=2");
        assertThat(second).contains(">Meldung 0<", "Seite 2").doesNotContain(">Meldung 1<")
                .contains("<a rel=\"prev\" href=\"/read\">‹ Neuere Artikel</a>");
        assertThat(html("/read?seite=1")).isEqualTo(first);
        mvc.perform(get("/read/").param("seite", "2")).andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/read?seite=2"));
    }

    @Test
    void the_category_page_shares_the_teasers_and_names_a_sub_categorys_article_but_not_its_own() throws Exception {
        data.article("In der Unterrubrik", "PUBLISHED", wirtschaft, T0);
        String teaserLink = "<a class=\"category\" href=\"/read/rubrik/" + data.pathOf(wirtschaft) + "\">Wirtschaft "
                + data.run + "</a>";
        assertThat(html("/read/rubrik/" + data.pathOf(archive))).contains(teaserLink, "1. Juni 2099, 10:00 Uhr");
        assertThat(html("/read/rubrik/" + data.pathOf(wirtschaft))).doesNotContain(teaserLink)
                .contains("<time datetime=\"2099-06-01T08:00:00Z\">1. Juni 2099, 10:00 Uhr</time>");
        assertThat(html("/read")).contains(teaserLink);
    }

    @Test
    void a_bad_or_too_deep_page_number_is_the_german_404_page_not_an_error() throws Exception {
        data.article("Einzige", "PUBLISHED", wirtschaft, T0);
        // 500: past the last page (the shared database holds a few thousand articles at most); 600: past the offset
        // limit of 10,000 articles.
        for (String seite : new String[] {"0", "-1", "x", "1.5", "", "500", "600", "99999999999"}) {
            var response = mvc.perform(get("/read").param("seite", seite)).andExpect(status().isNotFound())
                    .andReturn().getResponse();
            assertThat(response.getContentAsString()).as(seite).contains("Seite nicht gefunden",
                    "<a href=\"/read\">Zur Startseite</a>");
            assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(ReaderPages.CONTENT_SECURITY_POLICY);
        }
    }

    @Test
    void titles_leads_and_category_names_with_markup_are_escaped() throws Exception {
        long hostile = data.category(null, "<b>Fett</b>");
        data.article("<script>alert(1)</script> Titel", "<img src=x onerror=alert(2)> Vorspann", "Text",
                "PUBLISHED", hostile, T0);
        String page = html("/read");
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b>Fett")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Titel", "&lt;img src=x onerror=alert(2)&gt; Vorspann",
                        "&lt;b&gt;Fett&lt;/b&gt; " + data.run);
    }

    @Test
    void the_article_and_the_category_page_link_startseite_to_the_home_page() throws Exception {
        data.article("Mit Brotkrumen", "PUBLISHED", wirtschaft, T0);
        // It used to be plain text: "Startseite" led nowhere.
        assertThat(html("/read/" + data.slug("Mit Brotkrumen")))
                .contains("<a href=\"/read\">Startseite</a>");
        assertThat(html("/read/rubrik/" + data.pathOf(wirtschaft))).contains("<a href=\"/read\">Startseite</a>");
    }

    @Test
    void a_repeat_request_with_the_etag_is_not_modified() throws Exception {
        data.article("Zwischengespeichert", "PUBLISHED", wirtschaft, T0);
        var first = mvc.perform(get("/read")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(first.getHeader(HttpHeaders.ETAG)).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
        mvc.perform(get("/read").header(HttpHeaders.IF_NONE_MATCH, first.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());
    }

    @Test
    void a_page_is_two_statements_whatever_its_length_and_the_list_reads_the_published_index_in_order()
            throws Exception {
        for (int i = 0; i < 20; i++) {
            data.article("Zählung " + i, "PUBLISHED", wirtschaft, T0.plusSeconds(i * 60L));
        }
        var counted = StatementCounter.count(() -> {
            try {
                return html("/read");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(counted.result()).contains(">Zählung 19<", ">Zählung 0<");
        // The article list (tags, trail, bylines and comment counts as lateral subqueries) and the sections.
        assertThat(counted.count()).as("statements: %s", counted.statements()).isEqualTo(2);
        String list = counted.statements().stream().filter(s -> s.contains("join article a on a.id = page.id")).findFirst()
                .orElseThrow();
        String plan = plan(list);
        // Newest first straight from the index, stopping after a page: no sort of every published article (which
        // at 80,000 published articles took 95 ms instead of 1.4 ms). The page's ids come first (x), then its rows
        // (a), sorted again: a sort of one page's rows only.
        assertThat(plan).as(plan)
                .containsPattern("Limit[^\\n]*\\n\\s*->\\s+Index (Only )?Scan( Backward)? using article_published_reader_idx on article x")
                .doesNotContain("Sort Key: x.published_at");
    }

    private String plan(String sql) throws Exception {
        return de.newsroom.console.GenericPlans.of(dataSource, sql);
    }
}
