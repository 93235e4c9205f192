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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Corrections on a live article and the next version beside it (decision 0018), on the real database: the
 * correction goes live with its dated note (API and reader page), as a revision with audit rows, and a next version
 * in the works is rebased on it without losing either side.
 */
@IntegrationTest
class ArticleCorrectionsTest {

    static final String NOTE = "In einer früheren Fassung hieß es, der Stadtrat habe 12 Millionen Euro bewilligt. "
            + "Richtig sind 1,2 Millionen Euro.";

    @Autowired ArticleEditing editing;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleCorrections corrections;
    @Autowired ArticleNextVersions nextVersions;
    @Autowired ArticleRevisions history;
    @Autowired ArticleQuickEdit quickEdit;
    @Autowired CategoryService categories;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Korrektur");
    }

    private ArticleDetails published(String title) {
        return as("editor", () -> {
            ArticleDetails saved = editing.save(complete(title + " " + UUID.randomUUID(), category.id()));
            ArticleDetails review = workflow.transition(saved.id(), saved.version(), ArticleStatus.IN_REVIEW);
            return workflow.transition(review.id(), review.version(), ArticleStatus.PUBLISHED);
        });
    }

    private int audits(long articleId, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where target_id = ? and action = ?",
                Integer.class, String.valueOf(articleId), action);
    }

    @Test
    void a_correction_goes_live_at_once_with_its_dated_note_in_the_api_and_on_the_reader_page() throws Exception {
        ArticleDetails live = published("Haushalt");
        int revisionsBefore = as("editor", () -> history.historySize(live.id()));

        ArticleDetails corrected = as("editor", () -> corrections.publish(ArticleTestData.withBody(live.toDraft(),
                "Der Stadtrat bewilligte 1,2 Millionen Euro."), NOTE));

        assertThat(corrected.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(corrected.body()).isEqualTo("Der Stadtrat bewilligte 1,2 Millionen Euro.");
        assertThat(as("editor", () -> corrections.of(live.id()))).singleElement().satisfies(c -> {
            assertThat(c.note()).isEqualTo(NOTE);
            assertThat(c.articleVersion()).isEqualTo(corrected.version());
        });
        var revisions = as("editor", () -> ArticleTestData.revisions(history, live.id()));
        assertThat(revisions).hasSize(revisionsBefore + 1);
        assertThat(revisions.getFirst().body()).isEqualTo("Der Stadtrat bewilligte 1,2 Millionen Euro.");
        assertThat(revisions.getFirst().articleVersion()).isEqualTo(corrected.version());
        assertThat(audits(live.id(), "ARTICLE_CORRECTION_PUBLISHED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? and action = ?",
                String.class, String.valueOf(live.id()), "ARTICLE_CORRECTION_PUBLISHED")).isEqualTo(NOTE);

        String day = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN).withZone(ZoneId.of("Europe/Berlin"))
                .format(corrected.updatedAt());
        mvc.perform(get("/api/public/articles/" + corrected.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodyHtml").value(org.hamcrest.Matchers.containsString("1,2 Millionen")))
                .andExpect(jsonPath("$.corrections[0].note").value(NOTE))
                .andExpect(jsonPath("$.corrections[0].date").exists());
        String html = mvc.perform(get("/read/" + corrected.slug())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("<strong>Korrektur, " + day + ":</strong> In einer früheren Fassung hieß es, der "
                + "Stadtrat habe 12 Millionen Euro bewilligt.");
    }

    @Test
    void a_correction_needs_a_live_article_a_changed_text_a_note_and_the_version_readers_see() {
        ArticleDetails live = published("Regeln");
        ArticleDraft changed = ArticleTestData.withBody(live.toDraft(), "Berichtigt.");
        assertThatThrownBy(() -> as("editor", () -> corrections.publish(changed, "  ")))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.correction.error.note.required"));
        assertThatThrownBy(() -> as("editor", () -> corrections.publish(changed, "x".repeat(1001))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.field()).isEqualTo("note"));
        // 1,000 emoji are 2,000 UTF-16 units but 1,000 code points: allowed.
        assertThat(ArticleCorrections.checkedNote("😀".repeat(1000))).hasSize(2000);
        assertThatThrownBy(() -> as("editor", () -> corrections.publish(live.toDraft(), NOTE)))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.correction.error.unchanged"));

        // Someone saved the live text meanwhile: the correction based on the old version is refused, nothing stored.
        as("editor", () -> editing.save(ArticleTestData.withTitle(live.toDraft(), "Regeln, neu betitelt")));
        assertThatThrownBy(() -> as("editor", () -> corrections.publish(changed, NOTE)))
                .isInstanceOfSatisfying(ArticleConflictException.class,
                        e -> assertThat(e.conflictingFields()).containsExactly(ArticleField.TITLE));
        assertThat(as("editor", () -> corrections.of(live.id()))).isEmpty();
        assertThat(audits(live.id(), "ARTICLE_CORRECTION_PUBLISHED")).isZero();

        ArticleDetails draft = as("editor", () -> editing.save(complete("Entwurf " + UUID.randomUUID(), category.id())));
        assertThatThrownBy(() -> as("editor", () -> corrections.publish(ArticleTestData.withBody(draft.toDraft(), "x"),
                NOTE))).isInstanceOfSatisfying(ArticleWorkflowException.class,
                e -> assertThat(e.messageKey()).isEqualTo("article.correction.error.notlive"));
    }

    @Test
    void a_next_version_in_review_is_rebased_on_the_correction_and_keeps_both_changes() {
        ArticleDetails live = published("Rebase");
        NextVersion next = as("editor", () -> nextVersions.start(live.id(), live.version()));
        NextVersion edited = as("chefredaktion", () -> nextVersions.save(
                ArticleTestData.withLead(ArticleTestData.withTitle(next.draft(), "Rebase, zweite Fassung"),
                        "Ein neuer Vorspann der zweiten Fassung."), live.version()));
        NextVersion inReview = as("chefredaktion", () -> nextVersions.move(live.id(), edited.version(),
                ArticleStatus.IN_REVIEW));
        // Readers still see the live text.
        assertThat(as("editor", () -> editing.find(live.id())).orElseThrow().title()).isEqualTo(live.title());

        ArticleDetails corrected = as("editor", () -> corrections.publish(
                ArticleTestData.withBody(live.toDraft(), "Berichtigter Text."), NOTE));

        NextVersion rebased = as("editor", () -> nextVersions.of(live.id())).orElseThrow();
        assertThat(rebased.needsMerge()).isFalse();
        assertThat(rebased.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(rebased.baseVersion()).isEqualTo(corrected.version());
        assertThat(rebased.version()).isGreaterThan(inReview.version());
        assertThat(rebased.draft().title()).isEqualTo("Rebase, zweite Fassung");
        assertThat(rebased.draft().lead()).isEqualTo("Ein neuer Vorspann der zweiten Fassung.");
        assertThat(rebased.draft().body()).isEqualTo("Berichtigter Text.");
        assertThat(audits(live.id(), "ARTICLE_NEXT_VERSION_REBASED")).isEqualTo(1);

        // The review's old view of it is stale now; with the rebased one it goes live, correction included.
        assertThatThrownBy(() -> as("editor", () -> nextVersions.publish(live.id(), inReview.version())))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.next.error.stale"));
        ArticleDetails published = as("editor", () -> nextVersions.publish(live.id(), rebased.version()));
        assertThat(published.title()).isEqualTo("Rebase, zweite Fassung");
        assertThat(published.body()).isEqualTo("Berichtigter Text.");
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(as("editor", () -> nextVersions.of(live.id()))).isEmpty();
        assertThat(audits(live.id(), "ARTICLE_NEXT_VERSION_PUBLISHED")).isEqualTo(1);
        assertThat(as("editor", () -> corrections.of(live.id()))).hasSize(1);
    }

    @Test
    void a_conflicting_rebase_keeps_both_sides_and_waits_for_the_editor() {
        ArticleDetails live = published("Konflikt");
        NextVersion next = as("editor", () -> nextVersions.start(live.id(), live.version()));
        NextVersion edited = as("editor", () -> nextVersions.save(
                ArticleTestData.withBody(next.draft(), "Die zweite Fassung schreibt den Text neu."), live.version()));
        as("editor", () -> nextVersions.move(live.id(), edited.version(), ArticleStatus.IN_REVIEW));

        ArticleDetails corrected = as("editor", () -> corrections.publish(
                ArticleTestData.withBody(live.toDraft(), "Der berichtigte Text."), NOTE));

        // Live: the correction. Next version: exactly its own text, marked for the editor, still based on the old text.
        assertThat(corrected.body()).isEqualTo("Der berichtigte Text.");
        NextVersion marked = as("editor", () -> nextVersions.of(live.id())).orElseThrow();
        assertThat(marked.needsMerge()).isTrue();
        assertThat(marked.conflicts()).containsExactly(ArticleField.BODY);
        assertThat(marked.draft().body()).isEqualTo("Die zweite Fassung schreibt den Text neu.");
        assertThat(marked.baseVersion()).isEqualTo(live.version());
        assertThat(audits(live.id(), "ARTICLE_NEXT_VERSION_CONFLICT")).isEqualTo(1);
        assertThatThrownBy(() -> as("editor", () -> nextVersions.publish(live.id(), marked.version())))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.next.error.merge"));

        // The editor merges by hand, having seen the corrected live text: the next version is based on it now.
        NextVersion merged = as("editor", () -> nextVersions.save(ArticleTestData.withBody(marked.draft(),
                "Die zweite Fassung schreibt den berichtigten Text neu."), corrected.version()));
        assertThat(merged.needsMerge()).isFalse();
        assertThat(merged.baseVersion()).isEqualTo(corrected.version());
        ArticleDetails published = as("editor", () -> nextVersions.publish(live.id(), merged.version()));
        assertThat(published.body()).isEqualTo("Die zweite Fassung schreibt den berichtigten Text neu.");
    }

    @Test
    void stale_versions_are_refused_on_both_sides() {
        ArticleDetails live = published("Veraltet");
        assertThatThrownBy(() -> as("editor", () -> nextVersions.start(live.id(), live.version() - 1)))
                .isInstanceOf(ArticleConflictException.class);
        NextVersion next = as("editor", () -> nextVersions.start(live.id(), live.version()));
        assertThatThrownBy(() -> as("editor", () -> nextVersions.start(live.id(), live.version())))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.next.error.exists"));
        as("editor", () -> nextVersions.save(ArticleTestData.withTitle(next.draft(), "Erste"), live.version()));
        assertThatThrownBy(() -> as("chefredaktion", () -> nextVersions.save(
                ArticleTestData.withTitle(next.draft(), "Zweite"), live.version())))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.next.error.stale"));
        assertThat(as("editor", () -> nextVersions.of(live.id())).orElseThrow().draft().title()).isEqualTo("Erste");
    }

    @Test
    void a_quick_edit_of_the_live_article_is_merged_into_the_next_version_too() {
        ArticleDetails live = published("Schnell");
        NextVersion next = as("editor", () -> nextVersions.start(live.id(), live.version()));
        NextVersion edited = as("editor", () -> nextVersions.save(
                ArticleTestData.withBody(next.draft(), "Der Text der zweiten Fassung."), live.version()));
        NextVersion inReview = as("editor", () -> nextVersions.move(live.id(), edited.version(),
                ArticleStatus.IN_REVIEW));
        CategoryNode other = ArticleTestData.category(categories, "Andere Rubrik");

        as("editor", () -> quickEdit.save(live.id(), live.version(), other.id(), java.util.List.of("Test"), null));

        NextVersion rebased = as("editor", () -> nextVersions.of(live.id())).orElseThrow();
        assertThat(rebased.version()).isGreaterThan(inReview.version());
        ArticleDetails published = as("editor", () -> nextVersions.publish(live.id(), rebased.version()));
        assertThat(published.categoryId()).isEqualTo(other.id());
        assertThat(published.body()).isEqualTo("Der Text der zweiten Fassung.");
    }
}
