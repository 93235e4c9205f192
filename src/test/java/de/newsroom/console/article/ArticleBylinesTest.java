package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ArticleBylinesTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleRevisions revisions;
    @Autowired
    ArticleSearch search;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    CategoryNode category;
    Byline editor;
    Byline admin;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Autorenzeilen");
        editor = account("editor");
        admin = account("admin");
    }

    @Test
    void a_new_article_is_signed_by_the_editor_who_created_it() {
        ArticleDetails a = created("Neu");

        assertThat(a.bylines()).containsExactly(editor);
        assertThat(jdbc.queryForList("select user_id from article_byline where article_id = ?", Long.class, a.id()))
                .containsExactly(editor.userId());
    }

    @Test
    void bylines_keep_their_order_mix_accounts_and_free_names_and_are_audited_with_before_and_after() {
        ArticleDetails a = created("Zwei Namen");

        ArticleDetails saved = as("editor", () -> editing.save(a.toDraft().withBylines(
                List.of(Byline.free("  dpa "), admin, editor, Byline.free("dpa")))));

        assertThat(saved.bylines()).containsExactly(Byline.free("dpa"), admin, editor);
        assertThat(saved.version()).isGreaterThan(a.version());
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'ARTICLE_BYLINE_CHANGED' "
                + "and target_id = ?", String.class, String.valueOf(a.id())))
                .containsExactly(editor.name() + " -> dpa, " + admin.name() + ", " + editor.name());
        assertThat(as("editor", () -> ArticleTestData.revisions(revisions, a.id())).getFirst().bylines())
                .containsExactly(Byline.free("dpa"), admin, editor);
        assertThat(as("editor", () -> editing.find(a.id())).orElseThrow().bylines())
                .containsExactly(Byline.free("dpa"), admin, editor);
    }

    @Test
    void an_empty_byline_an_unknown_account_and_an_overlong_name_are_refused_on_the_field() {
        ArticleDetails a = created("Abgelehnt");

        assertThatThrownBy(() -> as("editor", () -> editing.save(a.toDraft().withBylines(List.of(Byline.free(" "))))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class, e -> {
                    assertThat(e.field()).isEqualTo("bylines");
                    assertThat(e.messageKey()).isEqualTo("article.error.bylines.empty");
                });
        assertThatThrownBy(() -> as("editor", () -> editing.save(a.toDraft().withBylines(
                List.of(Byline.account(987_654_321L, "Niemand"))))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.error.byline.unknown"));
        assertThatThrownBy(() -> as("editor", () -> editing.save(a.toDraft().withBylines(
                List.of(Byline.free("😀".repeat(Byline.MAX_NAME + 1)))))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.error.byline.invalid"));
        assertThat(as("editor", () -> editing.save(a.toDraft().withBylines(
                List.of(Byline.free("😀".repeat(Byline.MAX_NAME)))))).bylines()).hasSize(1);
    }

    @Test
    void bylines_merge_like_tags_one_sides_change_is_kept_and_both_changing_them_is_a_conflict() {
        ArticleDetails base = created("Zusammenführen");
        // The other editor changes the bylines; my save from the old version changes only the title.
        as("editor", () -> editing.save(base.toDraft().withBylines(List.of(editor, Byline.free("Reuters")))));
        ArticleDetails merged = as("editor", () -> editing.save(ArticleTestData.withTitle(base.toDraft(),
                "Zusammenführen, neuer Titel " + base.id())));
        assertThat(merged.bylines()).containsExactly(editor, Byline.free("Reuters"));
        assertThat(merged.title()).startsWith("Zusammenführen, neuer Titel");

        assertThatThrownBy(() -> as("editor", () -> editing.save(base.toDraft().withBylines(
                List.of(Byline.free("AFP"))))))
                .isInstanceOfSatisfying(ArticleConflictException.class,
                        e -> assertThat(e.conflictingFields()).contains(ArticleField.BYLINES));
    }

    @Test
    void the_list_the_public_api_and_the_reader_page_show_the_bylines_in_order() throws Exception {
        ArticleDetails a = created("Öffentlich");
        ArticleDetails signed = as("editor", () -> editing.save(a.toDraft().withBylines(List.of(editor,
                Byline.free("dpa")))));
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), signed.version(), ArticleStatus.IN_REVIEW));
        ArticleDetails live = as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED));

        var row = as("editor", () -> search.list(new ArticleFilter(null, null, null, null, live.title(), null),
                0, 10)).stream().filter(r -> r.id().equals(a.id())).findFirst().orElseThrow();
        assertThat(row.authorName()).isEqualTo(editor.name() + ", dpa");
        mvc.perform(get("/api/public/articles/" + live.slug())).andExpect(status().isOk())
                .andExpect(jsonPath("$.bylines[0]").value(editor.name()))
                .andExpect(jsonPath("$.bylines[1]").value("dpa"))
                .andExpect(jsonPath("$.bylines.length()").value(2));
        mvc.perform(get("/api/public/articles?size=20")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.slug == '" + live.slug() + "')].bylines[1]").value("dpa"));
        mvc.perform(get("/read/" + live.slug())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        Matchers.containsString("Von " + editor.name() + " und dpa")));
    }

    /**
     * The list's author filter finds what its author column shows: the accounts in the byline (before: the account
     * that created the article, so a colleague named in the byline was not even offered, and the creator's filter
     * found a piece signed "Reuters" alone).
     */
    @Test
    void the_author_filter_finds_the_accounts_in_the_byline_not_the_creator() {
        ArticleDetails a = created("Gemeinsam");
        ArticleDetails signed = as("editor", () -> editing.save(a.toDraft().withBylines(List.of(admin,
                Byline.free("Reuters")))));

        assertThat(as("editor", () -> search.authors())).extracting(AuthorRef::id).contains(admin.userId());
        assertThat(as("editor", () -> search.list(new ArticleFilter(null, null, null, admin.userId(), signed.title(),
                null), 0, 10))).extracting(ArticleListItem::id).contains(a.id());
        assertThat(as("editor", () -> search.list(new ArticleFilter(null, null, null, editor.userId(), signed.title(),
                null), 0, 10))).extracting(ArticleListItem::id).doesNotContain(a.id());
        assertThat(as("editor", () -> search.count(new ArticleFilter(null, null, null, admin.userId(), signed.title(),
                null))).count()).isEqualTo(1);
    }

    /**
     * "Mine" is the articles whose byline names me, as the author filter reads it: the tab's count and its list agree.
     * Before, the count went by the creating account, so a piece I created for dpa counted but was not listed, and a
     * colleague's piece naming me was listed but not counted.
     */
    @Test
    void the_mine_tab_counts_exactly_the_articles_its_list_shows_those_whose_byline_names_me() {
        ArticleTabCounts before = as("editor", () -> search.tabCounts());
        ArticleDetails forDpa = created("Für dpa");
        as("editor", () -> editing.save(forDpa.toDraft().withBylines(List.of(Byline.free("dpa")))));
        ArticleDetails own = created("Eigener");
        ArticleDetails colleagues = coAuthored("Von der Kollegin");
        ArticleDetails another = coAuthored("Noch eine von der Kollegin");

        ArticleTabCounts after = as("editor", () -> search.tabCounts());
        assertThat(after.mine()).isEqualTo(before.mine() + 3);
        var mine = new ArticleFilter(null, null, null, after.me(), null, null);
        assertThat(as("editor", () -> search.count(mine)).count()).isEqualTo(after.mine());
        assertThat(as("editor", () -> search.list(new ArticleFilter(null, category.id(), null, after.me(), null, null),
                0, 50))).extracting(ArticleListItem::id).containsExactlyInAnyOrder(own.id(), colleagues.id(),
                another.id());
    }

    /** An article created by another account whose byline names it and me. */
    private ArticleDetails coAuthored(String title) {
        ArticleDetails a = as("chefredaktion", () -> editing.save(complete(title + " "
                + UUID.randomUUID().toString().substring(0, 6), category.id())));
        return as("chefredaktion", () -> editing.save(a.toDraft().withBylines(List.of(account("chefredaktion"),
                editor))));
    }

    private Byline account(String username) {
        return jdbc.queryForObject("select id, display_name from app_user where username = ?",
                (rs, i) -> Byline.account(rs.getLong(1), rs.getString(2)), username);
    }

    private ArticleDetails created(String title) {
        return as("editor", () -> editing.save(complete(title + " " + UUID.randomUUID().toString().substring(0, 6),
                category.id())));
    }
}
