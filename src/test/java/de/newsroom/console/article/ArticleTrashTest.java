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
import de.newsroom.console.comment.CommentTestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ArticleTrashTest {

    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    ArticleTrash trash;
    @Autowired
    ArticleSearch search;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Papierkorb");
    }

    @Test
    void a_published_article_in_the_trash_is_gone_for_readers_under_its_slug_and_its_old_slug() throws Exception {
        ArticleDetails live = publish(created("Zurückgezogen"));
        ArticleDetails renamed = as("editor", () -> editing.save(ArticleTestData.withSlug(live.toDraft(),
                "neue adresse " + live.id())));
        mvc.perform(get("/api/public/articles/" + live.slug())).andExpect(status().isMovedPermanently());

        ArticleDetails trashed = as("editor", () -> trash.moveToTrash(renamed.id(), renamed.version()));

        assertThat(trashed.status()).isEqualTo(ArticleStatus.TRASHED);
        assertThat(trashed.trashedAt()).isNotNull();
        mvc.perform(get("/api/public/articles/" + renamed.slug())).andExpect(status().isGone())
                .andExpect(jsonPath("$.status").value(410));
        mvc.perform(get("/api/public/articles/" + live.slug())).andExpect(status().isGone());
        mvc.perform(get("/read/" + renamed.slug())).andExpect(status().isGone());
        assertThat(audit(renamed.id(), "ARTICLE_TRASHED")).containsExactly("PUBLISHED");
    }

    @Test
    void a_draft_that_never_went_out_stays_not_found_in_the_trash() throws Exception {
        ArticleDetails draft = created("Nie veröffentlicht");
        as("editor", () -> trash.moveToTrash(draft.id(), draft.version()));
        mvc.perform(get("/api/public/articles/" + draft.slug())).andExpect(status().isNotFound());
    }

    @Test
    void restoring_brings_it_back_as_a_draft_and_a_trashed_article_cannot_be_edited() {
        ArticleDetails live = publish(created("Wiederkehr"));
        ArticleDetails trashed = as("editor", () -> trash.moveToTrash(live.id(), live.version()));

        assertThatThrownBy(() -> as("editor", () -> editing.save(ArticleTestData.withTitle(trashed.toDraft(), "Neu"))))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.error.trashed.edit"));
        assertThatThrownBy(() -> as("editor", () -> trash.moveToTrash(trashed.id(), trashed.version())))
                .isInstanceOfSatisfying(ArticleWorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.error.trashed.already"));
        // A stale version (the row the list showed before someone else acted) is refused, not applied.
        assertThatThrownBy(() -> as("editor", () -> trash.restore(trashed.id(), live.version())))
                .isInstanceOf(ArticleConflictException.class);

        ArticleDetails restored = as("editor", () -> trash.restore(trashed.id(), trashed.version()));

        assertThat(restored.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(restored.trashedAt()).isNull();
        assertThat(audit(live.id(), "ARTICLE_UNTRASHED")).hasSize(1);
        assertThat(as("editor", () -> editing.save(ArticleTestData.withTitle(restored.toDraft(), "Wieder da")))
                .title()).isEqualTo("Wieder da");
    }

    @Test
    void the_list_leaves_the_trash_out_of_all_and_counts_each_tab() {
        ArticleDetails kept = created("Bleibt");
        ArticleDetails gone = created("Geht");
        ArticleTabCounts before = as("editor", () -> search.tabCounts());
        as("editor", () -> trash.moveToTrash(gone.id(), gone.version()));
        ArticleTabCounts after = as("editor", () -> search.tabCounts());

        assertThat(after.all()).isEqualTo(before.all() - 1);
        assertThat(after.mine()).isEqualTo(before.mine() - 1);
        assertThat(after.of(ArticleStatus.TRASHED)).isEqualTo(before.of(ArticleStatus.TRASHED) + 1);
        assertThat(after.of(ArticleStatus.DRAFT)).isEqualTo(before.of(ArticleStatus.DRAFT) - 1);
        List<Long> all = ids(new ArticleFilter(null, category.id(), null, null, null, ArticleSort.UPDATED));
        List<Long> inTrash = ids(new ArticleFilter(ArticleStatus.TRASHED, category.id(), null, null, null,
                ArticleSort.UPDATED));
        assertThat(all).contains(kept.id()).doesNotContain(gone.id());
        assertThat(inTrash).containsExactly(gone.id());
    }

    @Test
    void only_admins_delete_for_good_and_the_article_takes_its_revisions_and_comments_with_it() {
        ArticleDetails live = publish(created("Endgültig"));
        CommentTestData.comment(jdbc, live.id(), "APPROVED", "Leserin", "Ein Kommentar");
        CommentTestData.comment(jdbc, live.id(), "PENDING", "Leser", "Noch einer");
        ArticleDetails trashed = as("editor", () -> trash.moveToTrash(live.id(), live.version()));

        assertThatThrownBy(() -> as("editor", () -> {
            trash.deletePermanently(trashed.id(), trashed.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        TrashDeletion what = ArticleTestData.asAdmin(() -> trash.preview(trashed.id()));
        assertThat(what.revisions()).isGreaterThanOrEqualTo(1);
        assertThat(what.dependents()).containsEntry("comment.trash.dependents", 2L);

        ArticleTestData.asAdmin(() -> {
            trash.deletePermanently(trashed.id(), what.version());
            return null;
        });

        assertThat(count("select count(*) from article where id = ?", live.id())).isZero();
        assertThat(count("select count(*) from article_revision where article_id = ?", live.id())).isZero();
        assertThat(count("select count(*) from comment where article_id = ?", live.id())).isZero();
        assertThat(audit(live.id(), "ARTICLE_DELETED")).singleElement().asString()
                .contains(live.title()).contains("comment.trash.dependents=2");
    }

    @Test
    void a_published_article_cannot_be_deleted_without_going_through_the_trash() {
        ArticleDetails live = publish(created("Nicht im Papierkorb"));
        assertThatThrownBy(() -> ArticleTestData.asAdmin(() -> {
            trash.deletePermanently(live.id(), live.version());
            return null;
        })).isInstanceOfSatisfying(ArticleWorkflowException.class,
                e -> assertThat(e.messageKey()).isEqualTo("article.error.trashed.not"));
    }

    @Test
    void the_retention_job_deletes_only_what_lies_in_the_trash_longer_than_thirty_days() {
        ArticleDetails old = created("Alt im Papierkorb");
        ArticleDetails recent = created("Frisch im Papierkorb");
        as("editor", () -> trash.moveToTrash(old.id(), old.version()));
        as("editor", () -> trash.moveToTrash(recent.id(), recent.version()));
        jdbc.update("update article set trashed_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), old.id());

        int deleted = de.newsroom.console.base.demo.SystemAuthentication.call(() -> trash.deleteExpired(100));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from article where id = ?", old.id())).isZero();
        assertThat(count("select count(*) from article where id = ?", recent.id())).isOne();
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'ARTICLE_DELETED' and target_id = ?",
                String.class, String.valueOf(old.id()))).containsExactly("system");
    }

    private ArticleDetails created(String title) {
        return as("editor", () -> editing.save(complete(title + " " + UUID.randomUUID().toString().substring(0, 6),
                category.id())));
    }

    private ArticleDetails publish(ArticleDetails a) {
        ArticleDetails review = as("editor", () -> workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW));
        return as("editor", () -> workflow.transition(a.id(), review.version(), ArticleStatus.PUBLISHED));
    }

    private List<Long> ids(ArticleFilter filter) {
        return as("editor", () -> search.list(filter, 0, 100)).stream().map(ArticleListItem::id).toList();
    }

    private List<String> audit(long articleId, String action) {
        return jdbc.queryForList("select coalesce(detail, '') from audit_event where action = ? and target_id = ?",
                String.class, action, String.valueOf(articleId));
    }

    private long count(String sql, long id) {
        Long n = jdbc.queryForObject(sql, Long.class, id);
        return n == null ? 0 : n;
    }
}
