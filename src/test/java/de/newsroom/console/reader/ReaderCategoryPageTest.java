package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The breadcrumb's categories link the reader's category page, which lists their published articles. */
@IntegrationTest
class ReaderCategoryPageTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ContentFixtures data;
    long archive;
    long wirtschaft;

    @BeforeEach
    void categories() {
        data = new ContentFixtures(jdbc);
        archive = data.category(null, "News Archiv");
        wirtschaft = data.category(archive, "Wirtschaft");
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void every_category_in_an_articles_breadcrumb_links_its_page() throws Exception {
        data.article("Brotkrumen", "PUBLISHED", wirtschaft, T0);
        data.article("Nachbar", "PUBLISHED", wirtschaft, T0.minusSeconds(60));
        String page = html("/read/" + data.slug("Brotkrumen"));
        // They used to be plain text: "Startseite > News Archiv > Wirtschaft > title" with nowhere to go.
        assertThat(page)
                .contains("<a href=\"/read/rubrik/" + data.pathOf(archive) + "\" data-path=\"" + data.pathOf(archive)
                        + "\">News Archiv " + data.run + "</a>")
                .contains("<a href=\"/read/rubrik/" + data.pathOf(wirtschaft) + "\" data-path=\""
                        + data.pathOf(wirtschaft) + "\">Wirtschaft " + data.run + "</a>")
                .contains("<a href=\"/read/rubrik/" + data.pathOf(wirtschaft) + "\">Alle Artikel der Rubrik „Wirtschaft "
                        + data.run + "“</a>");
    }

    @Test
    void the_category_page_lists_its_published_articles_and_those_below_newest_first_a_page_at_a_time()
            throws Exception {
        for (int i = 0; i < 21; i++) {
            data.article("Meldung " + i, "PUBLISHED", wirtschaft, T0.plusSeconds(i * 60L));
        }
        data.article("Entwurf dazwischen", "DRAFT", wirtschaft, null);
        long other = data.category(null, "Sport");
        data.article("Anderswo", "PUBLISHED", other, T0.plusSeconds(5_000));

        // The parent category's page shows its sub-category's articles too.
        String first = html("/read/rubrik/" + data.pathOf(archive));
        assertThat(first)
                .contains("<title>News Archiv " + data.run + "</title>", "<h1 id=\"listing-title\">News Archiv "
                        + data.run + "</h1>")
                .contains("Sie befinden sich:", ">Startseite<",
                        "<span aria-current=\"page\">News Archiv " + data.run + "</span>")
                .contains("<a href=\"/read/" + data.slug("Meldung 20") + "\">Meldung 20</a>")
                .contains("Der Vorspann zu Meldung 20.")
                .doesNotContain("Meldung 0<", "Entwurf dazwischen", "Anderswo")
                .contains("<a rel=\"next\" href=\"/read/rubrik/" + data.pathOf(archive) + "?seite=2\">Ältere Artikel ›</a>")
                .doesNotContain("rel=\"prev\"");
        assertThat(first.indexOf("Meldung 20<")).as("newest first").isLessThan(first.indexOf("Meldung 19<"));

        String second = html("/read/rubrik/" + data.pathOf(archive) + "?seite=2");
        assertThat(second).contains("Meldung 0<", "Seite 2")
                .contains("<a rel=\"prev\" href=\"/read/rubrik/" + data.pathOf(archive) + "\">‹ Neuere Artikel</a>")
                .doesNotContain("Meldung 1<", "rel=\"next\"");

        // The sub-category's breadcrumb links its parent.
        assertThat(html("/read/rubrik/" + data.pathOf(wirtschaft)))
                .contains("<a href=\"/read/rubrik/" + data.pathOf(archive) + "\">News Archiv " + data.run + "</a>")
                .contains("<span aria-current=\"page\">Wirtschaft " + data.run + "</span>");
    }

    @Test
    void an_empty_category_says_so_and_unknown_categories_and_pages_are_not_found() throws Exception {
        long empty = data.category(null, "Leer");
        assertThat(html("/read/rubrik/" + data.pathOf(empty)))
                .contains("In dieser Rubrik ist noch kein Artikel erschienen.");
        for (String url : new String[] {"/read/rubrik/gibt-es-nicht-" + data.run, "/read/rubrik/",
                "/read/rubrik/" + data.pathOf(empty) + "?seite=2", "/read/rubrik/" + data.pathOf(empty) + "?seite=0",
                "/read/rubrik/" + data.pathOf(empty) + "?seite=x", "/read/rubrik/" + data.pathOf(empty) + "?seite=999"}) {
            var response = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(response.getContentAsString()).as(url).contains("Rubrik nicht gefunden");
            assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(ReaderPages.CONTENT_SECURITY_POLICY);
        }
    }

    @Test
    void a_category_name_with_markup_is_escaped() throws Exception {
        long hostile = data.category(null, "<script>alert(1)</script>");
        String page = html("/read/rubrik/" + data.pathOf(hostile));
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt; " + data.run);
    }
}
