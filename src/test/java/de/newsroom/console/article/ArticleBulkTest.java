package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.tag.TagService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ArticleBulkTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleBulk bulk;
    @Autowired
    CategoryService categories;
    @Autowired
    TagService tags;
    @Autowired
    JdbcTemplate jdbc;

    CategoryNode from;
    CategoryNode to;

    @BeforeEach
    void setUp() {
        from = ArticleTestData.category(categories, "Massen");
        to = ArticleTestData.category(categories, "Ziel");
    }

    @Test
    void moving_to_a_category_skips_rows_changed_since_they_were_shown_and_audits_each_moved_one() {
        ArticleDetails a = created("Eins");
        ArticleDetails b = created("Zwei");
        ArticleDetails c = created("Drei");
        Map<Long, Long> seen = seen(a, b, c);
        ArticleDetails bChanged = as("editor", () -> editing.save(ArticleTestData.withLead(b.toDraft(), "anders")));

        ArticleBulkOutcome outcome = as("editor", () -> bulk.moveToCategory(seen, to.id()));

        assertThat(outcome.done()).isEqualTo(2);
        assertThat(outcome.changedMeanwhile()).containsExactly(b.title());
        assertThat(category(a)).isEqualTo(to.id());
        assertThat(category(c)).isEqualTo(to.id());
        assertThat(category(b)).isEqualTo(from.id());
        assertThat(audits("ARTICLE_SAVED", a, b, c)).isEqualTo(3); // b's own save and the two moves
        assertThat(version(a)).isEqualTo(a.version() + 1);
        assertThat(bChanged.version()).isEqualTo(version(b));
    }

    @Test
    void adding_and_removing_a_keyword_touches_only_the_selected_articles() {
        ArticleDetails a = created("Schlagwort eins");
        ArticleDetails b = created("Schlagwort zwei");
        String name = "Massenschlagwort " + UUID.randomUUID().toString().substring(0, 6);

        ArticleBulkOutcome added = as("editor", () -> bulk.addTag(seen(a, b), name));
        assertThat(added.done()).isEqualTo(2);
        assertThat(tagNames(a)).contains(name);
        assertThat(tagNames(b)).contains(name);

        var tag = as("editor", () -> tags.findExisting(name)).orElseThrow();
        ArticleBulkOutcome removed = as("editor", () -> bulk.removeTag(Map.of(a.id(), version(a)), tag));
        assertThat(removed.done()).isEqualTo(1);
        assertThat(tagNames(a)).doesNotContain(name);
        assertThat(tagNames(b)).contains(name);
    }

    @Test
    void archiving_takes_only_published_articles_and_names_the_rest() {
        ArticleDetails live = publish(created("Live"));
        ArticleDetails draft = created("Entwurf");

        ArticleBulkOutcome outcome = as("editor", () -> bulk.archive(seen(live, draft)));

        assertThat(outcome.done()).isEqualTo(1);
        assertThat(outcome.notApplicable()).containsExactly(draft.title());
        assertThat(status(live)).isEqualTo("ARCHIVED");
        assertThat(status(draft)).isEqualTo("DRAFT");
    }

    @Test
    void a_failure_on_one_article_rolls_back_the_whole_bulk_action() {
        ArticleDetails a = created("Rollback eins");
        ArticleDetails b = created("Rollback zwei");
        // The audit insert for the second article fails: the first one's move to the trash must not stay.
        jdbc.execute("""
                create or replace function test_fail_audit() returns trigger language plpgsql as $$
                begin raise exception 'test failure'; end $$""");
        jdbc.execute("create trigger test_fail_audit before insert on audit_event for each row when (new.target_id = '"
                + b.id() + "' and new.action = 'ARTICLE_TRASHED') execute function test_fail_audit()");
        try {
            assertThatThrownBy(() -> as("editor", () -> bulk.moveToTrash(seen(a, b)))).isNotNull();
        } finally {
            jdbc.execute("drop trigger test_fail_audit on audit_event");
            jdbc.execute("drop function test_fail_audit()");
        }
        assertThat(status(a)).isEqualTo("DRAFT");
        assertThat(status(b)).isEqualTo("DRAFT");
        assertThat(audits("ARTICLE_TRASHED", a, b)).isZero();

        ArticleBulkOutcome trashed = as("editor", () -> bulk.moveToTrash(seen(a, b)));
        assertThat(trashed.done()).isEqualTo(2);
        assertThat(status(a)).isEqualTo("TRASHED");
    }

    private Map<Long, Long> seen(ArticleDetails... shown) {
        Map<Long, Long> seen = new LinkedHashMap<>();
        for (ArticleDetails d : shown) {
            seen.put(d.id(), d.version());
        }
        return seen;
    }

    private ArticleDetails created(String title) {
        return as("editor", () -> editing.save(complete(title + " " + UUID.randomUUID().toString().substring(0, 6),
                from.id())));
    }

    private ArticleDetails publish(ArticleDetails a) {
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        return as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED));
    }

    private Long category(ArticleDetails a) {
        return jdbc.queryForObject("select category_id from article where id = ?", Long.class, a.id());
    }

    private long version(ArticleDetails a) {
        return jdbc.queryForObject("select version from article where id = ?", Long.class, a.id());
    }

    private String status(ArticleDetails a) {
        return jdbc.queryForObject("select status from article where id = ?", String.class, a.id());
    }

    private List<String> tagNames(ArticleDetails a) {
        return jdbc.queryForList("select t.name from article_tag x join tag t on t.id = x.tag_id where x.article_id = ?",
                String.class, a.id());
    }

    private int audits(String action, ArticleDetails... of) {
        int n = 0;
        for (ArticleDetails d : of) {
            n += jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?",
                    Integer.class, action, String.valueOf(d.id()));
        }
        return n;
    }
}
