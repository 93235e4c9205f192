package de.newsroom.console.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.tag.TagException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class TagAdminServiceTest {

    @Autowired
    TagService tags;

    @Autowired
    TagAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    TaxonomyTestArticles articles;
    String u;

    @BeforeEach
    void setUp() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        articles = new TaxonomyTestArticles(jdbc);
        u = TaxonomyTestArticles.uniqueLetters();
    }

    @Test
    void the_service_folds_case_umlauts_and_spacing_into_one_tag() {
        TagRef usa = tags.findOrCreate("USA" + u);
        assertThat(tags.findOrCreate("usa" + u).id()).isEqualTo(usa.id());
        assertThat(tags.findOrCreate(" U S A " + u).id()).isEqualTo(usa.id());
        assertThat(tags.findOrCreate("U.S.A." + u).id()).isEqualTo(usa.id());
        TagRef geschaeft = tags.findOrCreate("Geschäft" + u);
        assertThat(tags.findOrCreate("Geschaeft" + u).id()).isEqualTo(geschaeft.id());
        assertThat(tags.findOrCreate("GESCHÄFT" + u).id()).isEqualTo(geschaeft.id());
        assertThat(geschaeft.name()).isEqualTo("Geschäft" + u);
        assertThatThrownBy(() -> tags.findOrCreate("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void editors_creating_the_same_tag_at_the_same_moment_get_one_tag() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var latch = new CountDownLatch(1);
            List<Future<TagRef>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String spelling = List.of("Gleichzeitig", "gleichzeitig", " GLEICH ZEITIG", "Gleich-zeitig").get(i) + u;
                results.add(pool.submit(() -> {
                    latch.await();
                    return SystemAuthentication.call(() -> tags.findOrCreate(spelling));
                }));
            }
            latch.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<TagRef> f : results) {
                ids.add(f.get().id());
            }
            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(tags.search("gleichzeitig%" , 10)).isEmpty();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_list_is_paged_searched_and_sorted_by_usage_in_the_database() {
        TagRef rare = tags.findOrCreate("Selten" + u);
        TagRef common = tags.findOrCreate("Zuhauf" + u);
        for (int i = 0; i < 3; i++) {
            articles.tag(articles.draft(null, "A" + i), common.id());
        }
        articles.tag(articles.draft(null, "B"), rare.id());

        List<TagUsage> byUsage = admin.list(u, TagSort.USAGE_DESC, 0, 10);
        assertThat(byUsage).extracting(TagUsage::name).containsExactly("Zuhauf" + u, "Selten" + u);
        assertThat(byUsage).extracting(TagUsage::usage).containsExactly(3L, 1L);
        assertThat(admin.list(u, TagSort.NAME_ASC, 0, 10)).extracting(TagUsage::name)
                .containsExactly("Selten" + u, "Zuhauf" + u);
        assertThat(admin.list(u, TagSort.NAME_ASC, 1, 10)).extracting(TagUsage::name).containsExactly("Zuhauf" + u);
        assertThat(admin.count(u)).isEqualTo(2);
        assertThat(admin.count("zuhauf" + u)).isEqualTo(1);
    }

    @Test
    void renaming_onto_another_tags_key_shows_that_tag() {
        TagRef usa = tags.findOrCreate("USA" + u);
        TagRef us = tags.findOrCreate("Vereinigte Staaten" + u);
        TagUsage current = admin.list("Vereinigte Staaten" + u, TagSort.NAME_ASC, 0, 1).getFirst();

        assertThatThrownBy(() -> admin.rename(us.id(), current.version(), "u.s.a. " + u))
                .isInstanceOf(TagException.class)
                .satisfies(e -> {
                    assertThat(((TagException) e).reason()).isEqualTo(Reason.NAME_TAKEN);
                    assertThat(((TagException) e).existing()).isEqualTo(usa);
                });
        TagUsage renamed = admin.rename(us.id(), current.version(), "Vereinigte Staaten von Amerika" + u);
        assertThat(renamed.name()).isEqualTo("Vereinigte Staaten von Amerika" + u);
        assertThatThrownBy(() -> admin.rename(us.id(), current.version(), "Alt" + u))
                .isInstanceOf(TagException.class).extracting("reason").isEqualTo(Reason.STALE);
    }

    @Test
    void merging_keeps_exactly_one_copy_of_the_survivor_and_the_old_names_as_aliases() {
        TagRef survivor = tags.findOrCreate("Künstliche Intelligenz" + u);
        TagRef ki = tags.findOrCreate("KI" + u);
        TagRef ai = tags.findOrCreate("AI" + u);
        long both = articles.draft(null, "beide");
        articles.tag(both, survivor.id());
        articles.tag(both, ki.id());
        articles.tag(both, ai.id());
        long onlyKi = articles.draft(null, "nur KI");
        articles.tag(onlyKi, ki.id());

        TagUsage merged = admin.merge(survivor.id(), List.of(ki.id(), ai.id()));

        assertThat(merged.usage()).isEqualTo(2);
        assertThat(tagsOf(both)).containsExactly(survivor.id());
        assertThat(tagsOf(onlyKi)).containsExactly(survivor.id());
        assertThat(tags.findExisting("ki" + u)).contains(survivor);
        assertThat(tags.findExisting(" A I " + u)).contains(survivor);
        assertThat(tags.search("KI" + u, 10)).contains(survivor);
        assertThat(tags.findOrCreate("Ki" + u)).isEqualTo(survivor);
        assertThat(jdbc.queryForObject("select count(*) from tag where id in (?, ?)", Integer.class, ki.id(), ai.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TAG_MERGED' and target_id = ?",
                Integer.class, String.valueOf(survivor.id()))).isEqualTo(1);
    }

    @Test
    void aliases_follow_a_survivor_that_is_merged_again() {
        TagRef a = tags.findOrCreate("Erster" + u);
        TagRef b = tags.findOrCreate("Zweiter" + u);
        TagRef c = tags.findOrCreate("Dritter" + u);
        admin.merge(b.id(), List.of(a.id()));
        admin.merge(c.id(), List.of(b.id()));

        assertThat(tags.findExisting("Erster" + u)).contains(c);
        assertThat(tags.findExisting("Zweiter" + u)).contains(c);
    }

    @Test
    void only_unused_tags_can_be_deleted_one_by_one_or_all_at_once() {
        TagRef used = tags.findOrCreate("Benutzt" + u);
        TagRef unused = tags.findOrCreate("Unbenutzt" + u);
        tags.findOrCreate("Auch unbenutzt" + u);
        articles.tag(articles.draft(null, "x"), used.id());

        assertThatThrownBy(() -> admin.delete(used.id(), 0))
                .isInstanceOf(TagException.class).extracting("reason").isEqualTo(Reason.IN_USE);
        admin.delete(unused.id(), 0);
        assertThat(tags.findExisting("Unbenutzt" + u)).isEmpty();

        assertThat(admin.countUnused()).isPositive();
        int deleted = admin.deleteAllUnused();
        assertThat(deleted).isPositive();
        assertThat(admin.countUnused()).isZero();
        assertThat(tags.findExisting("Benutzt" + u)).contains(used);
    }

    @Test
    void concurrent_merge_and_rename_leave_a_consistent_vocabulary() throws Exception {
        for (int round = 0; round < 4; round++) {
            String r = u + round;
            TagRef survivor = tags.findOrCreate("Ziel" + r);
            TagRef dup = tags.findOrCreate("Doppel" + r);
            long article = articles.draft(null, "t" + r);
            articles.tag(article, survivor.id());
            articles.tag(article, dup.id());
            long other = articles.draft(null, "o" + r);
            articles.tag(other, dup.id());

            var latch = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> merge = pool.submit(() -> {
                    latch.await();
                    return SystemAuthentication.call(() -> admin.merge(survivor.id(), List.of(dup.id())));
                });
                Future<?> rename = pool.submit(() -> {
                    latch.await();
                    return SystemAuthentication.call(() -> admin.rename(dup.id(), 0, "Umbenannt" + r));
                });
                latch.countDown();
                List<Throwable> failures = new ArrayList<>();
                for (Future<?> f : List.of(merge, rename)) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
                assertThat(failures).allSatisfy(t -> assertThat(t).isInstanceOf(TagException.class));
                assertThat(failures.size()).isLessThanOrEqualTo(1);
            } finally {
                pool.shutdown();
            }
            // The merge always wins in the end: one copy of the survivor per article, the duplicate gone.
            assertThat(tagsOf(article)).containsExactly(survivor.id());
            assertThat(tagsOf(other)).containsExactly(survivor.id());
            // A rename that won first took the old name away; a merge that won first keeps it as an alias.
            tags.findExisting("Doppel" + r).ifPresent(t -> assertThat(t).isEqualTo(survivor));
            tags.findExisting("Umbenannt" + r).ifPresent(t -> assertThat(t).isEqualTo(survivor));
        }
    }

    @Test
    @WithMockUser(username = "moderator", roles = "MODERATOR")
    void moderators_cannot_change_tags() {
        assertThatThrownBy(() -> admin.deleteAllUnused()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.list(null, TagSort.NAME_ASC, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> tagsOf(long articleId) {
        return jdbc.queryForList("select tag_id from article_tag where article_id = ? order by tag_id", Long.class,
                articleId);
    }
}
