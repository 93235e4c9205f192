package de.newsroom.console.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.category.CategoryException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
class CategoryServiceTest {

    @Autowired
    CategoryService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    TaxonomyTestArticles articles;
    CategoryNode root;

    @BeforeEach
    void aFreshRoot() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        articles = new TaxonomyTestArticles(jdbc);
        root = SystemAuthentication.call(() -> service.create(null, "Wurzel " + UUID.randomUUID().toString().substring(0, 8), null));
    }

    @Test
    void moving_a_category_under_its_own_descendant_is_refused() {
        var a = service.create(root.id(), "A", null);
        var b = service.create(a.id(), "B", null);
        var c = service.create(b.id(), "C", null);

        assertThatThrownBy(() -> service.move(a.id(), a.version(), c.id(), null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.CYCLE);
        assertThatThrownBy(() -> service.move(a.id(), a.version(), a.id(), null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.CYCLE);
        assertThat(service.find(c.id()).orElseThrow().path()).isEqualTo(root.path() + "/a/b/c");
    }

    @Test
    void moving_a_category_rewrites_the_paths_of_its_whole_subtree() {
        var a = service.create(root.id(), "Wirtschaft", null);
        var b = service.create(a.id(), "Energie", null);
        var c = service.create(b.id(), "Öl und Gas", null);
        var other = service.create(root.id(), "Politik", null);

        service.move(a.id(), a.version(), other.id(), null);

        assertThat(service.find(a.id()).orElseThrow().path()).isEqualTo(root.path() + "/politik/wirtschaft");
        assertThat(service.find(c.id()).orElseThrow().path()).isEqualTo(root.path() + "/politik/wirtschaft/energie/oel-und-gas");
        assertThat(service.find(c.id()).orElseThrow().trail()).endsWith("Politik", "Wirtschaft", "Energie", "Öl und Gas");
    }

    @Test
    void the_stored_trail_the_article_list_shows_follows_renames_moves_and_deletions() {
        var a = service.create(root.id(), "Wirtschaft", null);
        var b = service.create(a.id(), "Energie", null);
        var c = service.create(b.id(), "Öl und Gas", null);
        var other = service.create(root.id(), "Politik", null);
        assertThat(storedTrail(c.id())).isEqualTo(root.name() + " › Wirtschaft › Energie › Öl und Gas");

        service.update(a.id(), a.version(), "Wirtschaft & Märkte", null);
        assertThat(storedTrail(c.id())).isEqualTo(root.name() + " › Wirtschaft & Märkte › Energie › Öl und Gas");

        var renamed = service.find(a.id()).orElseThrow();
        service.move(a.id(), renamed.version(), other.id(), null);
        assertThat(storedTrail(c.id())).isEqualTo(root.name() + " › Politik › Wirtschaft & Märkte › Energie › Öl und Gas");

        var energie = service.find(b.id()).orElseThrow();
        service.delete(b.id(), energie.version(), other.id());
        assertThat(storedTrail(c.id())).isEqualTo(root.name() + " › Politik › Öl und Gas");
        for (Long id : java.util.List.of(a.id(), c.id(), other.id())) {
            assertThat(storedTrail(id)).as("category %d", id)
                    .isEqualTo(service.find(id).orElseThrow().displayPath());
        }
    }

    private String storedTrail(long id) {
        return jdbc.queryForObject("select trail from category where id = ?", String.class, id);
    }

    @Test
    void renaming_a_category_rewrites_its_slug_and_the_paths_below() {
        var a = service.create(root.id(), "Wirtschaft", "alt");
        var b = service.create(a.id(), "Energie", null);

        var renamed = service.update(a.id(), a.version(), "Wirtschaft & Märkte", "neu");

        assertThat(renamed.slug()).isEqualTo("wirtschaft-maerkte");
        assertThat(renamed.description()).isEqualTo("neu");
        assertThat(service.find(b.id()).orElseThrow().path()).isEqualTo(root.path() + "/wirtschaft-maerkte/energie");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CATEGORY_UPDATED' and target_id = ?",
                Integer.class, String.valueOf(a.id()))).isEqualTo(1);
    }

    @Test
    void sibling_names_and_paths_stay_unique() {
        var a = service.create(root.id(), "Sport", null);
        var other = service.create(root.id(), "Kultur", null);
        service.create(other.id(), "Sport", null);

        assertThatThrownBy(() -> service.create(root.id(), "sport", null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.NAME_TAKEN);
        assertThatThrownBy(() -> service.update(other.id(), other.version(), "Sport", null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.NAME_TAKEN);
        // Moving Kultur/Sport next to Sport would give two nodes the path .../sport.
        var inner = service.tree().stream().filter(n -> n.parentId() != null && n.parentId().equals(other.id()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> service.move(inner.id(), inner.version(), root.id(), null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.NAME_TAKEN);
        assertThat(service.tree()).extracting(CategoryNode::path).doesNotHaveDuplicates();
        assertThat(a.path()).isEqualTo(root.path() + "/sport");
    }

    @Test
    void deleting_a_category_with_articles_or_children_needs_a_target() {
        var a = service.create(root.id(), "A", null);
        service.create(a.id(), "A1", null);
        var b = service.create(root.id(), "B", null);
        articles.draft(b.id(), "Entwurf");

        assertThatThrownBy(() -> service.delete(a.id(), a.version(), null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.NEEDS_TARGET);
        assertThatThrownBy(() -> service.delete(b.id(), b.version(), null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.NEEDS_TARGET);
        var empty = service.create(root.id(), "Leer", null);
        service.delete(empty.id(), empty.version(), null);
        assertThat(service.find(empty.id())).isEmpty();
    }

    @Test
    void deleting_moves_children_and_articles_to_the_target_in_one_go() {
        var a = service.create(root.id(), "Alt", null);
        var a1 = service.create(a.id(), "Kind", null);
        var a11 = service.create(a1.id(), "Enkel", null);
        var target = service.create(root.id(), "Neu", null);
        long inA = articles.published(a.id(), "In Alt", "", "");
        long inA11 = articles.draft(a11.id(), "Im Enkel");

        int moved = service.delete(a.id(), a.version(), target.id());

        assertThat(moved).isEqualTo(1);
        assertThat(service.find(a.id())).isEmpty();
        assertThat(articles.categoryOf(inA)).isEqualTo(target.id());
        assertThat(articles.categoryOf(inA11)).isEqualTo(a11.id());
        assertThat(service.find(a1.id()).orElseThrow().parentId()).isEqualTo(target.id());
        assertThat(service.find(a11.id()).orElseThrow().path()).isEqualTo(root.path() + "/neu/kind/enkel");
        assertThat(service.articleCounts().get(target.id())).isEqualTo(2L);
        assertThat(jdbc.queryForObject("select count(*) from category c where c.parent_id is not null "
                + "and not exists (select 1 from category p where p.id = c.parent_id)", Integer.class)).isZero();
    }

    @Test
    void a_target_inside_the_deleted_subtree_is_refused_and_nothing_changes() {
        var a = service.create(root.id(), "Alt", null);
        var a1 = service.create(a.id(), "Kind", null);
        long article = articles.draft(a.id(), "Text");

        assertThatThrownBy(() -> service.delete(a.id(), a.version(), a1.id()))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.INVALID_TARGET);
        assertThat(articles.categoryOf(article)).isEqualTo(a.id());
        assertThat(service.find(a.id())).isPresent();
    }

    @Test
    void a_child_whose_name_is_taken_at_the_target_blocks_the_whole_delete() {
        var a = service.create(root.id(), "Alt", null);
        service.create(a.id(), "Energie", null);
        var target = service.create(root.id(), "Neu", null);
        service.create(target.id(), "Energie", null);
        long article = articles.draft(a.id(), "Text");

        assertThatThrownBy(() -> service.delete(a.id(), a.version(), target.id()))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.CHILD_NAME_TAKEN);
        assertThat(articles.categoryOf(article)).isEqualTo(a.id());
    }

    @Test
    void article_counts_include_all_descendants() {
        var a = service.create(root.id(), "A", null);
        var a1 = service.create(a.id(), "A1", null);
        var a11 = service.create(a1.id(), "A11", null);
        var b = service.create(root.id(), "B", null);
        articles.draft(a.id(), "1");
        articles.published(a1.id(), "2", "", "");
        articles.draft(a11.id(), "3");
        articles.draft(a11.id(), "4");
        articles.draft(b.id(), "5");

        var counts = service.articleCounts();

        assertThat(counts.get(root.id())).isEqualTo(5L);
        assertThat(counts.get(a.id())).isEqualTo(4L);
        assertThat(counts.get(a1.id())).isEqualTo(3L);
        assertThat(counts.get(a11.id())).isEqualTo(2L);
        assertThat(counts.get(b.id())).isEqualTo(1L);
    }

    @Test
    void siblings_can_be_reordered_by_index_and_step_by_step() {
        var a = service.create(root.id(), "A", null);
        var b = service.create(root.id(), "B", null);
        var c = service.create(root.id(), "C", null);

        service.move(c.id(), c.version(), root.id(), 0);
        assertThat(childNames(root.id())).containsExactly("C", "A", "B");

        service.moveDown(a.id(), service.find(a.id()).orElseThrow().version());
        assertThat(childNames(root.id())).containsExactly("C", "B", "A");

        service.moveUp(c.id(), service.find(c.id()).orElseThrow().version());
        assertThat(childNames(root.id())).containsExactly("C", "B", "A");
        assertThat(b).isNotNull();
    }

    @Test
    void a_stale_version_is_refused() {
        var a = service.create(root.id(), "A", null);
        service.update(a.id(), a.version(), "A neu", null);

        assertThatThrownBy(() -> service.update(a.id(), a.version(), "A alt", null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.STALE);
        assertThatThrownBy(() -> service.delete(a.id(), a.version(), null))
                .isInstanceOf(CategoryException.class).extracting("reason").isEqualTo(Reason.STALE);
    }

    @Test
    void concurrent_rename_and_delete_of_the_same_node_let_exactly_one_win() throws Exception {
        for (int round = 0; round < 5; round++) {
            var node = service.create(root.id(), "Streit " + round, null);
            var latch = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> rename = pool.submit(() -> {
                    latch.await();
                    return SystemAuthentication.call(() -> service.update(node.id(), node.version(), node.name() + " neu", null));
                });
                Future<?> delete = pool.submit(() -> {
                    latch.await();
                    return SystemAuthentication.call(() -> service.delete(node.id(), node.version(), null));
                });
                latch.countDown();
                List<Throwable> failures = new ArrayList<>();
                for (Future<?> f : List.of(rename, delete)) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
                assertThat(failures).hasSize(1);
                assertThat(failures.getFirst()).isInstanceOfAny(CategoryException.class, ConcurrencyFailureException.class);
                if (failures.getFirst() instanceof CategoryException ce) {
                    assertThat(ce.reason()).isIn(Reason.STALE, Reason.NOT_FOUND);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void editors_may_read_but_not_change_the_tree() {
        assertThat(service.tree()).isNotEmpty();
        assertThatThrownBy(() -> service.create(null, "Nope", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(root.id(), root.version(), null)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> childNames(Long parentId) {
        return service.tree().stream().filter(n -> parentId.equals(n.parentId())).map(CategoryNode::name).toList();
    }
}
