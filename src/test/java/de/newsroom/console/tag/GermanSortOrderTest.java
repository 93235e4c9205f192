package de.newsroom.console.tag;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Lists sort the German way (collation newsroom_de, V67), with indexes that still serve the sort. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class GermanSortOrderTest {

    @Autowired TagService tags;
    @Autowired TagAdminService admin;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext ctx;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
    }

    @Test
    void tags_sort_with_umlauts_beside_their_base_letters() {
        String u = TaxonomyTestArticles.uniqueLetters();
        for (String name : List.of("Zeitung", "Übernahme", "Arzt", "Öl", "Wohngeld", "Ärger", "Uhr", "Ozon")) {
            tags.findOrCreate(name + u);
        }
        List<String> names = admin.list(u, TagSort.NAME_ASC, 0, 50).stream().map(TagUsage::name).toList();
        assertThat(names).containsExactly("Ärger" + u, "Arzt" + u, "Öl" + u, "Ozon" + u, "Übernahme" + u, "Uhr" + u,
                "Wohngeld" + u, "Zeitung" + u);
    }

    /**
     * The keyword field of the editor, the list's filter, the quick edit and the bulk bar: the choices as the editor
     * types come in German order too (before the editor's first-hour sweep "EU" came before "Ehrenamt" and "Ärger"
     * after "Zeitung").
     */
    @Test
    void keyword_choices_while_typing_sort_the_german_way() {
        String u = TaxonomyTestArticles.uniqueLetters();
        for (String name : List.of("Zeitung", "EU", "Übernahme", "Arzt", "Öl", "Ehrenamt", "Ärger")) {
            tags.findOrCreate(u + name);
        }
        List<String> names = tags.search(u, 50).stream().map(TagRef::name).toList();
        assertThat(names).containsExactly(u + "Ärger", u + "Arzt", u + "Ehrenamt", u + "EU", u + "Öl",
                u + "Übernahme", u + "Zeitung");
    }

    @Test
    void sharp_s_sits_beside_ss_and_quotation_marks_do_not_move_a_title() {
        List<String> sorted = jdbc.queryForList("""
                select t from unnest(array['Wohngeld', '„Übernahme“', 'Strasse', 'Ärger', 'Straße', 'Stroh', 'Öl'])
                    as t order by t collate newsroom_de""", String.class);
        assertThat(sorted).containsExactly("Ärger", "Öl", "Strasse", "Straße", "Stroh", "„Übernahme“", "Wohngeld");
    }

    @Test
    void the_title_and_tag_sorts_are_served_by_an_index() {
        assertThat(plan("select id from article order by title collate newsroom_de, id limit 50"))
                .contains("article_title_idx");
        assertThat(plan("select id from tag order by name collate newsroom_de, id limit 50")).contains("tag_name_idx");
    }

    /**
     * The test tables are small enough for a sequential scan; with it switched off (in this transaction only) the
     * plan shows whether an index has the sort's order at all. The scale benchmark measures the real choice.
     */
    private String plan(String query) {
        return new TransactionTemplate(transactions).execute(tx -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + query, String.class));
        });
    }
}
