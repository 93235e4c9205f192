package de.newsroom.console.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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
    @Autowired
    DataSource dataSource;
    @Autowired
    ReaderService reader;

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
    void a_subtree_with_a_small_and_a_big_category_pages_in_the_published_order_without_gaps_or_repeats() {
        // Kultur (itself 5 articles) with Buch (30) and Lyrik (2, the oldest): each category is read on its own and
        // merged, so every page must still be the order over the whole subtree. Equal times are ordered by id.
        long kultur = data.category(archive, "Kultur");
        long buch = data.category(kultur, "Buch");
        long lyrik = data.category(kultur, "Lyrik");
        for (int i = 0; i < 30; i++) {
            data.article("Buch " + i, "PUBLISHED", buch, T0.plusSeconds(i * 60L));
        }
        for (int i = 0; i < 5; i++) {
            data.article("Kultur " + i, "PUBLISHED", kultur, T0.plusSeconds(i * 420L + 30));
            data.article("Gleichzeitig " + i, "PUBLISHED", i % 2 == 0 ? buch : kultur, T0.plusSeconds(i * 420L + 30));
        }
        data.article("Lyrik alt", "PUBLISHED", lyrik, T0.minusSeconds(86_400));
        data.article("Lyrik älter", "PUBLISHED", lyrik, T0.minusSeconds(2 * 86_400));
        data.article("Lyrik Entwurf", "DRAFT", lyrik, null);
        data.article("Anderswo", "PUBLISHED", wirtschaft, T0.plusSeconds(90));

        for (long category : new long[]{kultur, buch, lyrik}) {
            String path = data.pathOf(category);
            List<String> expected = jdbc.queryForList("""
                    select a.slug from article a
                    where a.status = 'PUBLISHED' and a.category_id in (select s.id from category s
                                                     where s.path = ? or starts_with(s.path, ? || '/'))
                    order by a.published_at desc nulls last, a.id desc""", String.class, path, path);
            for (int size : new int[]{1, 4, 7, 20}) {
                List<String> paged = new ArrayList<>();
                for (int page = 0; ; page++) {
                    var result = reader.articles(path, null, page, size).value();
                    result.items().forEach(item -> paged.add(item.slug()));
                    if (!result.hasMore()) {
                        break;
                    }
                }
                assertThat(paged).as("%s in pages of %d", path, size).containsExactlyElementsOf(expected);
            }
        }
        assertThat(reader.articles(data.pathOf(lyrik), null, 0, 20).value().items())
                .extracting(ArticleSummary::title).containsExactly("Lyrik alt", "Lyrik älter");
    }

    @Test
    void a_category_page_reads_each_category_of_the_subtree_from_its_own_index_in_order_in_one_statement()
            throws Exception {
        long kultur = data.category(archive, "Kultur");
        long lyrik = data.category(kultur, "Lyrik");
        for (int i = 0; i < 3; i++) {
            data.article("Gedicht " + i, "PUBLISHED", lyrik, T0.plusSeconds(i * 60L));
            data.article("Breit " + i, "PUBLISHED", wirtschaft, T0.plusSeconds(i * 60L + 30));
        }
        String path = data.pathOf(kultur);
        var counted = StatementCounter.count(() -> {
            try {
                return html("/read/rubrik/" + path);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(counted.result()).contains(">Gedicht 2<", ">Gedicht 0<").doesNotContain("Breit ");
        String list = counted.statements().stream().filter(s -> s.contains("join article a on a.id = page.id"))
                .findFirst().orElseThrow(() -> new AssertionError("no list statement in " + counted.statements()));
        // The trail (category table and three index maxima) and the list; the trail used to come with the whole
        // tree's article counts, a grouped pass over every published article per page.
        assertThat(counted.count()).as("statements: %s", counted.statements()).isEqualTo(2);
        assertThat(counted.statements()).noneMatch(s -> s.contains("group by category_id"));
        String plan = de.newsroom.console.GenericPlans.of(dataSource, list);
        // Per category of the subtree: its own published articles in list order, stopping after offset + limit.
        // Filtering the order index instead walked past every other category's articles: 50-110 ms for a small
        // category beside 80,000 others (docs/features/reader.md, "Performance notes").
        assertThat(plan).as(plan)
                .containsPattern("Limit[^\\n]*\\n\\s*->\\s+Index (Only )?Scan using article_category_reader_idx on article x")
                .doesNotContain("article_published_reader_idx", "article_published_idx");
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
