package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.domain.Teasers;
import de.newsroom.console.base.markdown.MarkdownRenderer;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ArticleEditingTest {

    @Autowired
    ArticleEditing editing;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ArticleRevisions history;

    @Autowired
    ArticleSearch search;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Service");
    }

    @ParameterizedTest
    @CsvSource({
            "Ärger über Öl, aerger-ueber-oel",
            "Geschäftsführer tritt zurück, geschaeftsfuehrer-tritt-zurueck",
            "Straße gesperrt, strasse-gesperrt",
            "Café in Málaga: Crème brûlée!, cafe-in-malaga-creme-brulee"})
    void a_new_article_gets_a_transliterated_slug(String title, String slug) {
        String unique = " " + UUID.randomUUID().toString().substring(0, 6);
        ArticleDetails a = as("editor", () -> editing.save(complete(title + unique, category.id())));
        assertThat(a.slug()).isEqualTo(slug + "-" + unique.strip());
    }

    @Test
    void equal_titles_get_numbered_slugs() {
        String title = "Wahl in Auental " + UUID.randomUUID().toString().substring(0, 6);
        ArticleDetails first = as("editor", () -> editing.save(complete(title, category.id())));
        ArticleDetails second = as("editor", () -> editing.save(complete(title, category.id())));
        ArticleDetails third = as("editor", () -> editing.save(complete(title, category.id())));
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        assertThat(third.slug()).isEqualTo(first.slug() + "-3");
    }

    @Test
    void changing_the_slug_of_a_published_article_keeps_the_old_one_as_alias() {
        ArticleDetails a = publish(as("editor", () -> editing.save(complete("Alias Test " + UUID.randomUUID(), category.id()))));
        String old = a.slug();
        ArticleDetails moved = as("editor", () -> editing.save(ArticleTestData.withSlug(a.toDraft(), "Neue Adresse " + a.id())));
        assertThat(moved.slug()).isEqualTo("neue-adresse-" + a.id());
        assertThat(jdbc.queryForObject("select article_id from article_slug_alias where slug = ?", Long.class, old))
                .isEqualTo(a.id());
        // The old address stays taken: a new article with the same slug gets a suffix.
        ArticleDetails other = as("editor", () -> editing.save(ArticleTestData.withSlug(complete("X", category.id()), old)));
        assertThat(other.slug()).isEqualTo(old + "-2");
    }

    @Test
    void changing_the_slug_of_a_draft_keeps_no_alias() {
        ArticleDetails a = as("editor", () -> editing.save(complete("Entwurf " + UUID.randomUUID(), category.id())));
        as("editor", () -> editing.save(ArticleTestData.withSlug(a.toDraft(), "anders-" + a.id())));
        assertThat(jdbc.queryForObject("select count(*) from article_slug_alias where article_id = ?", Integer.class, a.id()))
                .isZero();
    }

    @Test
    void the_teaser_is_cut_at_a_word_boundary_with_an_ellipsis() {
        String lead = "Die Großhandelspreise für Strom sind seit dem Frühjahr spürbar gefallen. Bei vielen Haushalten "
                + "kommt davon bislang aber wenig an, weil Versorger Entlastungen nur zögerlich weitergeben und Verträge lang laufen.";
        ArticleDetails a = as("editor", () -> editing.save(ArticleTestData.withLead(complete("Teaser " + UUID.randomUUID(), category.id()), lead)));
        assertThat(a.teaser()).endsWith("…").hasSizeLessThanOrEqualTo(ArticleLoader.TEASER_LENGTH);
        String withoutEllipsis = a.teaser().substring(0, a.teaser().length() - 1);
        assertThat(lead).startsWith(withoutEllipsis);
        assertThat(lead.charAt(withoutEllipsis.length())).isIn(' ', '.', ',');
        assertThat(Teasers.teaserFromHtmlish("F&uuml;r " + "sehr ".repeat(40), ArticleLoader.TEASER_LENGTH)).startsWith("Für").doesNotContain("&");
    }

    @Test
    void every_save_writes_a_revision_and_a_restore_is_one_more() {
        ArticleDetails v1 = as("editor", () -> editing.save(complete("Revisionen " + UUID.randomUUID(), category.id())));
        ArticleDetails v2 = as("editor", () -> editing.save(ArticleTestData.withBody(v1.toDraft(), "Neuer Text\nZeile zwei")));
        List<ArticleRevision> revs = as("editor", () -> ArticleTestData.revisions(history, v1.id()));
        assertThat(revs).hasSize(2);
        assertThat(revs.get(0).changed()).containsExactly(ArticleField.BODY);
        assertThat(revs.get(0).actorName()).isEqualTo("Erik Editor".equals(revs.get(0).actorName()) ? "Erik Editor" : revs.get(0).actorName());

        List<FieldDiff> diff = as("editor", () -> history.diffRevision(v1.id(), revs.get(1).id()));
        FieldDiff body = diff.stream().filter(d -> d.field() == ArticleField.BODY).findFirst().orElseThrow();
        assertThat(body.lines()).extracting(DiffLine::asText).contains("+ Neuer Text", "- Erster Absatz.");

        ArticleDetails restored = as("editor", () -> editing.restore(v1.id(), revs.get(1).id(), v2.version()));
        assertThat(restored.body()).isEqualTo(v1.body());
        List<ArticleRevision> after = as("editor", () -> ArticleTestData.revisions(history, v1.id()));
        assertThat(after).hasSize(3);
        assertThat(after.get(0).restoredFrom()).isEqualTo(revs.get(1).id());
    }

    @Test
    void a_correction_of_a_published_article_is_a_revision_and_audited() {
        ArticleDetails a = publish(as("editor", () -> editing.save(complete("Korrektur " + UUID.randomUUID(), category.id()))));
        ArticleDetails fixed = as("editor", () -> editing.save(ArticleTestData.withLead(a.toDraft(), "Korrigierter Vorspann.")));
        assertThat(fixed.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(fixed.lead()).isEqualTo("Korrigierter Vorspann.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target_type = 'article' and target_id = ? and action = 'ARTICLE_CORRECTED'",
                Integer.class, String.valueOf(a.id()))).isEqualTo(1);
    }

    @Test
    void every_status_change_is_audited_by_the_actor() {
        ArticleDetails a = publish(as("editor", () -> editing.save(complete("Audit " + UUID.randomUUID(), category.id()))));
        List<String> actions = jdbc.queryForList(
                "select action || ':' || actor from audit_event where target_type = 'article' and target_id = ? order by id",
                String.class, String.valueOf(a.id()));
        assertThat(actions).containsExactly("ARTICLE_CREATED:editor", "ARTICLE_IN_REVIEW:editor", "ARTICLE_PUBLISHED:editor");
    }

    @Test
    void publishing_an_incomplete_article_is_refused_by_the_domain() {
        ArticleDetails a = as("editor", () -> editing.save(ArticleTestData.withBody(complete("Leer " + UUID.randomUUID(), category.id()), "")));
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        assertThatThrownBy(() -> as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED)))
                .isInstanceOfSatisfying(ArticleIncompleteException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("article.error.incomplete.PUBLISHED");
                    assertThat(e.missingFields()).containsExactly("body");
                });
        assertThatThrownBy(() -> as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.ARCHIVED)))
                .isInstanceOf(ArticleWorkflowException.class);
        assertThat(as("editor", () -> editing.find(a.id())).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void the_service_names_all_missing_fields_at_once() {
        ArticleDetails a = as("editor", () -> editing.save(ArticleTestData.withLead(ArticleTestData.withBody(
                complete("Lückenhaft " + UUID.randomUUID(), category.id()), ""), "")));
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        assertThatThrownBy(() -> as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED)))
                .isInstanceOfSatisfying(ArticleIncompleteException.class,
                        e -> assertThat(e.missingFields()).containsExactly("lead", "body"));
        assertThatThrownBy(() -> as("editor", () -> workflow.schedule(a.id(), review.version(),
                java.time.Instant.now().plusSeconds(3600))))
                .isInstanceOfSatisfying(ArticleIncompleteException.class, e -> {
                    assertThat(e.target()).isEqualTo(ArticleStatus.SCHEDULED);
                    assertThat(e.missingFields()).containsExactly("lead", "body");
                });
        assertThat(as("editor", () -> editing.find(a.id())).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void field_problems_are_reported_on_the_field() {
        assertThatThrownBy(() -> as("editor", () -> editing.save(ArticleTestData.withTitle(complete("", category.id()), "x".repeat(201)))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("article.error.toolong");
                });
        // 200 emoji are 200 code points (400 UTF-16 units) and fit.
        ArticleDetails emoji = as("editor", () -> editing.save(ArticleTestData.withTitle(complete("", category.id()), "😀".repeat(200))));
        assertThat(emoji.title().codePointCount(0, emoji.title().length())).isEqualTo(200);
        assertThatThrownBy(() -> as("editor", () -> editing.save(ArticleTestData.withBody(complete("NUL", category.id()), "a\u0000b"))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void more_than_twenty_tags_are_refused() {
        List<String> tags = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "Schlagwort " + i).toList();
        ArticleDraft d = complete("Tags " + UUID.randomUUID(), category.id());
        ArticleDraft many = new ArticleDraft(null, 0, d.title(), "", d.lead(), d.body(), d.categoryId(), tags, true);
        assertThatThrownBy(() -> as("editor", () -> editing.save(many)))
                .isInstanceOfSatisfying(ArticleWorkflowException.class, e -> assertThat(e.field()).isEqualTo("tags"));
        ArticleDraft twenty = new ArticleDraft(null, 0, d.title(), "", d.lead(), d.body(), d.categoryId(), tags.subList(0, 20), true);
        assertThat(as("editor", () -> editing.save(twenty)).tags()).hasSize(20);
    }

    @Test
    void german_search_finds_inflected_forms_and_ranks_title_hits_first() {
        String marker = "Zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ArticleDetails inBody = as("editor", () -> editing.save(ArticleTestData.withBody(
                complete("Betriebsversammlung " + marker, category.id()), "Die Firma dankt allen Mitarbeitern.")));
        ArticleDetails inTitle = as("editor", () -> editing.save(complete("Mitarbeiter streiken " + marker, category.id())));
        as("editor", () -> editing.save(complete("Ganz anderes Thema " + marker, category.id())));
        List<ArticleListItem> hits = as("editor", () -> search.list(
                new ArticleFilter(null, category.id(), null, null, "Mitarbeiter", ArticleSort.RELEVANCE), 0, 50));
        assertThat(hits).extracting(ArticleListItem::id).containsExactly(inTitle.id(), inBody.id());
    }

    @Test
    void the_category_filter_includes_sub_categories() {
        CategoryNode sub = ArticleTestData.subCategory(categories, category, "Unterrubrik");
        ArticleDetails top = as("editor", () -> editing.save(complete("Oben", category.id())));
        ArticleDetails below = as("editor", () -> editing.save(complete("Unten", sub.id())));
        List<ArticleListItem> inTop = as("editor", () -> search.list(
                new ArticleFilter(null, category.id(), null, null, null, ArticleSort.TITLE), 0, 50));
        assertThat(inTop).extracting(ArticleListItem::id).containsExactly(top.id(), below.id());
        assertThat(inTop.get(1).categoryPath()).endsWith("› Unterrubrik");
        List<ArticleListItem> inSub = as("editor", () -> search.list(
                new ArticleFilter(null, sub.id(), null, null, null, ArticleSort.TITLE), 0, 50));
        assertThat(inSub).extracting(ArticleListItem::id).containsExactly(below.id());
    }

    @Test
    void the_preview_html_is_sanitised() {
        String html = as("editor", () -> new MarkdownRenderer().toHtml("""
                ## Titel

                <script>alert(1)</script>

                <iframe src="https://evil.example"></iframe>

                <img src=x onerror="alert(2)">

                [klick](javascript:alert(3)) und <a href="https://ok.example" onclick="alert(4)">ok</a>
                """));
        assertThat(html).contains("<h2>Titel</h2>", "https://ok.example")
                .contains("klick")
                .doesNotContain("<script", "<iframe", "onerror", "javascript:", "onclick", "<img", "alert");
    }

    private ArticleDetails publish(ArticleDetails a) {
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        return as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED));
    }
}
