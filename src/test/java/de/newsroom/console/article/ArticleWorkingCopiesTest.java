package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import de.newsroom.console.security.MutableClock;
import de.newsroom.console.security.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ArticleWorkingCopiesTest {

    @Autowired
    ArticleWorkingCopies workingCopies;
    @Autowired
    ArticleEditing editing;
    @Autowired
    CategoryService categories;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDirectory users;

    CategoryNode category;
    ArticleDetails article;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Arbeitskopie");
        article = as("editor", () -> editing.save(complete("Arbeitskopie " + UUID.randomUUID(), category.id())));
    }

    @Test
    void a_kept_copy_is_read_back_by_its_owner_with_content_base_version_and_time() {
        ArticleDraft typed = new ArticleDraft(article.id(), article.version(), "Neuer Titel: Ärger über Öl",
                article.slug(), "Ein ungespeicherter Vorspann mit ß und 🎉.", "## Text\n\nNoch nicht gespeichert.",
                category.id(), List.of("Energie", "Öl"), false);
        Instant before = Instant.now();
        as("editor", () -> {
            workingCopies.keep(typed);
            return null;
        });

        ArticleWorkingCopy copy = as("editor", () -> workingCopies.mine(article.id())).orElseThrow();
        assertThat(copy.draft()).isEqualTo(typed);
        assertThat(copy.savedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(copy.differsFrom(article.toDraft())).isTrue();
    }

    @Test
    void a_kept_copy_keeps_its_bylines_in_order_and_a_copy_without_bylines_leaves_them_alone() {
        long editorId = users.idOf("editor").orElseThrow();
        List<Byline> chosen = List.of(Byline.free("dpa"), Byline.account(editorId, "Erika Redakteurin"),
                Byline.free("Jan Müller: Reporter"));
        ArticleDraft typed = article.toDraft().withBylines(chosen);
        as("editor", () -> {
            workingCopies.keep(typed);
            return null;
        });

        ArticleWorkingCopy copy = as("editor", () -> workingCopies.mine(article.id())).orElseThrow();
        assertThat(copy.draft().bylines()).containsExactlyElementsOf(chosen);
        assertThat(copy.differsFrom(article.toDraft().withBylines(List.of(Byline.account(editorId, "x")))))
                .as("other authors are a change worth offering").isTrue();
        assertThat(copy.differsFrom(article.toDraft().withBylines(chosen))).isFalse();

        as("editor", () -> {
            workingCopies.keep(ArticleTestData.withTitle(article.toDraft(), "Ohne Autoren").withBylines(null));
            return null;
        });
        assertThat(as("editor", () -> workingCopies.mine(article.id())).orElseThrow().draft().bylines()).isNull();
    }

    @Test
    void keeping_again_replaces_the_copy_and_writes_no_revision_and_no_audit_event() {
        int revisions = count("select count(*) from article_revision where article_id = ?", article.id());
        int audits = count("select count(*) from audit_event");
        as("editor", () -> {
            workingCopies.keep(ArticleTestData.withTitle(article.toDraft(), "Erste Fassung"));
            workingCopies.keep(ArticleTestData.withTitle(article.toDraft(), "Zweite Fassung"));
            return null;
        });

        assertThat(as("editor", () -> workingCopies.mine(article.id()))).get()
                .satisfies(c -> assertThat(c.draft().title()).isEqualTo("Zweite Fassung"));
        assertThat(count("select count(*) from article_working_copy w join app_user u on u.id = w.user_id "
                + "where u.username = 'editor' and w.article_id = ?", article.id())).isOne();
        assertThat(count("select count(*) from article_revision where article_id = ?", article.id())).isEqualTo(revisions);
        assertThat(count("select count(*) from audit_event")).isEqualTo(audits);
        assertThat(as("editor", () -> editing.find(article.id())).map(ArticleDetails::title))
                .isEqualTo(Optional.of(article.title()));
    }

    @Test
    void only_the_owner_reads_or_discards_a_copy() {
        as("editor", () -> {
            workingCopies.keep(ArticleTestData.withLead(article.toDraft(), "Nur für mich."));
            return null;
        });

        assertThat(as("chefredaktion", () -> workingCopies.mine(article.id()))).isEmpty();
        as("chefredaktion", () -> {
            workingCopies.discard(article.id());
            return null;
        });
        assertThat(as("editor", () -> workingCopies.mine(article.id()))).isPresent();

        as("editor", () -> {
            workingCopies.discard(article.id());
            return null;
        });
        assertThat(as("editor", () -> workingCopies.mine(article.id()))).isEmpty();
    }

    @Test
    void a_moderator_can_neither_keep_nor_read_copies() {
        asModerator(() -> assertThatThrownBy(() -> workingCopies.keep(article.toDraft()))
                .isInstanceOf(AccessDeniedException.class));
        asModerator(() -> assertThatThrownBy(() -> workingCopies.mine(article.id()))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void saving_the_article_removes_the_savers_copy_and_a_refused_save_keeps_it() {
        ArticleDraft mine = ArticleTestData.withBody(article.toDraft(), "Mein Text");
        as("editor", () -> {
            workingCopies.keep(mine);
            return null;
        });
        as("chefredaktion", () -> {
            workingCopies.keep(ArticleTestData.withBody(article.toDraft(), "Ihr Text"));
            editing.save(ArticleTestData.withBody(article.toDraft(), "Ihr gespeicherter Text"));
            return null;
        });
        assertThat(as("chefredaktion", () -> workingCopies.mine(article.id()))).isEmpty();

        // The editor's copy was edited from the old version: saving it now conflicts, and the copy stays.
        assertThatThrownBy(() -> as("editor", () -> editing.save(mine))).isInstanceOf(ArticleConflictException.class);
        assertThat(as("editor", () -> workingCopies.mine(article.id()))).isPresent();

        ArticleDetails current = as("editor", () -> editing.find(article.id())).orElseThrow();
        as("editor", () -> editing.save(ArticleTestData.withBody(current.toDraft(), "Mein Text")));
        assertThat(as("editor", () -> workingCopies.mine(article.id()))).isEmpty();
    }

    @Test
    void a_new_article_has_one_copy_per_user_until_it_is_saved() {
        as("editor", () -> {
            workingCopies.discard(null);
            return null;
        });
        ArticleDraft typed = new ArticleDraft(null, 0, "Noch ohne Speicherung", "", "Vorspann", "", category.id(),
                List.of(), true);
        as("editor", () -> {
            workingCopies.keep(typed);
            return null;
        });
        assertThat(as("editor", () -> workingCopies.mine(null))).get()
                .satisfies(c -> assertThat(c.draft()).isEqualTo(typed));

        ArticleDetails created = as("editor", () -> editing.save(complete("Jetzt gespeichert " + UUID.randomUUID(),
                category.id())));
        assertThat(created.id()).isNotNull();
        assertThat(as("editor", () -> workingCopies.mine(null))).isEmpty();
    }

    @Test
    void a_copy_survives_a_restart_of_the_service() {
        as("editor", () -> {
            workingCopies.keep(ArticleTestData.withTitle(article.toDraft(), "Vor dem Neustart getippt"));
            return null;
        });

        // Another node, or this one after a restart: nothing but the database in common.
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T22:54:00Z"));
        var afterRestart = new ArticleWorkingCopies(new WorkingCopyStore(jdbc, users), currentUser, clock);
        assertThat(as("editor", () -> afterRestart.mine(article.id()))).get()
                .satisfies(c -> assertThat(c.draft().title()).isEqualTo("Vor dem Neustart getippt"));

        clock.advance(Duration.ofMinutes(5));
        as("editor", () -> {
            afterRestart.keep(ArticleTestData.withTitle(article.toDraft(), "Nach dem Neustart"));
            return null;
        });
        assertThat(as("editor", () -> workingCopies.mine(article.id()))).get()
                .satisfies(c -> assertThat(c.savedAt()).isEqualTo(Instant.parse("2026-12-02T22:59:00Z")));
    }

    @Test
    void text_the_database_cannot_hold_is_cut_and_cleaned_instead_of_failing() {
        String tooLong = "ä".repeat(250);
        ArticleDraft typed = new ArticleDraft(article.id(), article.version(), tooLong, article.slug(), "Null\u0000Byte",
                "Einsames \uD800 Surrogat", category.id(), List.of("Öl"), true);
        as("editor", () -> {
            workingCopies.keep(typed);
            return null;
        });

        ArticleDraft kept = as("editor", () -> workingCopies.mine(article.id())).orElseThrow().draft();
        assertThat(kept.title()).isEqualTo("ä".repeat(200));
        assertThat(kept.lead()).isEqualTo("Null\uFFFDByte");
        assertThat(kept.body()).isEqualTo("Einsames \uFFFD Surrogat");
    }

    @Test
    void a_deleted_category_leaves_the_copy_without_one() {
        CategoryNode gone = ArticleTestData.category(categories, "Gelöscht");
        jdbc.update("delete from category where id = ?", gone.id());
        as("editor", () -> {
            workingCopies.keep(new ArticleDraft(article.id(), article.version(), "Titel", "", "", "", gone.id(),
                    List.of(), true));
            return null;
        });
        assertThat(as("editor", () -> workingCopies.mine(article.id()))).get()
                .satisfies(c -> assertThat(c.draft().categoryId()).isNull());
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static void asModerator(Runnable check) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("moderator", null,
                List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"))));
        SecurityContextHolder.setContext(context);
        try {
            check.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
