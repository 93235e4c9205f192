package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static de.newsroom.console.article.ArticleTestData.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ArticleConflictTest {

    static final int RACES = 100;

    @Autowired
    ArticleEditing editing;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ArticleRevisions history;

    @Autowired
    CategoryService categories;

    CategoryNode category;

    @BeforeEach
    void setUp() {
        category = ArticleTestData.category(categories, "Konflikt");
    }

    @Test
    void two_editors_saving_the_same_loaded_version_give_one_win_and_one_conflict_in_every_race() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int wins = 0;
        int conflicts = 0;
        int lostUpdates = 0;
        try {
            for (int race = 0; race < RACES; race++) {
                ArticleDetails loaded = as("editor", () -> editing.save(complete("Rennen", category.id())));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ArticleDetails>> results = new ArrayList<>();
                for (String user : List.of("editor", "chefredaktion")) {
                    String body = "Fassung von " + user + " in Rennen " + race;
                    results.add(pool.submit(() -> {
                        start.await();
                        return as(user, () -> editing.save(ArticleTestData.withBody(loaded.toDraft(), body)));
                    }));
                }
                start.countDown();
                ArticleDetails winner = null;
                int raceConflicts = 0;
                for (Future<ArticleDetails> f : results) {
                    try {
                        winner = f.get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(ArticleConflictException.class);
                        ArticleConflictException conflict = (ArticleConflictException) e.getCause();
                        assertThat(conflict.conflictingFields()).containsExactly(ArticleField.BODY);
                        assertThat(conflict.theirVersion()).isEqualTo(loaded.version() + 1);
                        raceConflicts++;
                    }
                }
                assertThat(raceConflicts).as("conflicts in race %d", race).isEqualTo(1);
                assertThat(winner).as("winner of race %d", race).isNotNull();
                conflicts += raceConflicts;
                wins++;
                ArticleDetails stored = as("editor", () -> editing.find(loaded.id())).orElseThrow();
                if (!stored.body().equals(winner.body()) || stored.version() != loaded.version() + 1
                        || as("editor", () -> ArticleTestData.revisions(history, loaded.id())).size() != 2) {
                    lostUpdates++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wins).isEqualTo(RACES);
        assertThat(conflicts).isEqualTo(RACES);
        assertThat(lostUpdates).isZero();
    }

    @Test
    void changes_to_different_fields_are_merged_automatically() {
        ArticleDetails loaded = as("editor", () -> editing.save(complete("Zusammenführen", category.id())));
        ArticleDetails first = as("chefredaktion", () -> editing.save(ArticleTestData.withTitle(loaded.toDraft(), "Neuer Titel")));
        ArticleDetails second = as("editor", () -> editing.save(ArticleTestData.withBody(loaded.toDraft(), "Neuer Text")));
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.title()).isEqualTo("Neuer Titel");
        assertThat(second.body()).isEqualTo("Neuer Text");
    }

    @Test
    void a_real_conflict_names_who_saved_and_keeps_the_stored_text() {
        ArticleDetails loaded = as("editor", () -> editing.save(complete("Streit", category.id())));
        ArticleDetails theirs = as("chefredaktion", () -> editing.save(ArticleTestData.withBody(loaded.toDraft(), "Ihre Fassung")));
        assertThatThrownBy(() -> as("editor", () -> editing.save(ArticleTestData.withBody(loaded.toDraft(), "Meine Fassung"))))
                .isInstanceOfSatisfying(ArticleConflictException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo(theirs.updatedByName()).isNotEqualTo("system");
                    assertThat(e.savedAt()).isEqualTo(theirs.updatedAt());
                    assertThat(e.theirs().body()).isEqualTo("Ihre Fassung");
                    assertThat(e.theirVersion()).isEqualTo(theirs.version());
                });
        assertThat(as("editor", () -> editing.find(loaded.id())).orElseThrow().body()).isEqualTo("Ihre Fassung");
        // Merged by hand on top of their version, the save goes through.
        ArticleDetails merged = as("editor", () -> editing.save(
                ArticleTestData.withBody(loaded.toDraft(), "Ihre und meine Fassung").withBaseVersion(theirs.version())));
        assertThat(merged.body()).isEqualTo("Ihre und meine Fassung");
    }

    @Test
    void a_status_change_on_a_stale_version_is_refused() {
        ArticleDetails loaded = as("editor", () -> editing.save(complete("Status", category.id())));
        as("chefredaktion", () -> editing.save(ArticleTestData.withTitle(loaded.toDraft(), "Geändert")));
        assertThatThrownBy(() -> as("editor", () -> workflow.transition(loaded.id(), loaded.version(), ArticleStatus.IN_REVIEW)))
                .isInstanceOf(ArticleConflictException.class);
    }
}
