package de.newsroom.console.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static final Set<String> LEGAL = Set.of(
            "DRAFT>IN_REVIEW",
            "IN_REVIEW>DRAFT", "IN_REVIEW>SCHEDULED", "IN_REVIEW>PUBLISHED",
            "SCHEDULED>IN_REVIEW", "SCHEDULED>PUBLISHED",
            "PUBLISHED>ARCHIVED",
            "ARCHIVED>DRAFT");

    static Stream<Arguments> everyPair() {
        return Stream.of(ArticleStatus.values()).flatMap(from -> Stream.of(ArticleStatus.values())
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void the_entity_allows_exactly_the_legal_moves(ArticleStatus from, ArticleStatus to) {
        Article article = articleIn(from);
        boolean legal = LEGAL.contains(from + ">" + to);
        if (legal) {
            article.moveTo(to, 1L, NOW.plusSeconds(1), NOW.plus(Duration.ofHours(2)));
            assertThat(article.getStatus()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> article.moveTo(to, 1L, NOW.plusSeconds(1), NOW.plus(Duration.ofHours(2))))
                    .isInstanceOfSatisfying(ArticleWorkflowException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("article.error.transition"));
            assertThat(article.getStatus()).isEqualTo(from);
        }
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void publishing_needs_title_lead_body_and_category() {
        Article noLead = new Article(new ArticleContent("Titel", "titel", "", "Text", 1L, List.of(), true),
                Set.of(), 1L, NOW);
        noLead.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
        assertThatThrownBy(() -> noLead.moveTo(ArticleStatus.PUBLISHED, 1L, NOW, null))
                .isInstanceOfSatisfying(ArticleIncompleteException.class, e -> {
                    assertThat(e.missingFields()).containsExactly("lead");
                    assertThat(e.field()).isEqualTo("lead");
                    assertThat(e.messageKey()).isEqualTo("article.error.incomplete.PUBLISHED");
                });
        assertThat(noLead.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void one_refusal_names_every_missing_field_in_form_order() {
        Article empty = new Article(new ArticleContent(" ", "leer", "", "", null, List.of(), true),
                Set.of(), 1L, NOW);
        assertThatThrownBy(() -> empty.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null))
                .isInstanceOfSatisfying(ArticleIncompleteException.class, e -> {
                    assertThat(e.target()).isEqualTo(ArticleStatus.IN_REVIEW);
                    assertThat(e.missingFields()).containsExactly("title", "categoryId");
                });

        Article bare = new Article(new ArticleContent("Titel", "titel", " ", "", 7L, List.of(), true),
                Set.of(), 1L, NOW);
        bare.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
        assertThatThrownBy(() -> bare.moveTo(ArticleStatus.SCHEDULED, 1L, NOW, NOW.plusSeconds(3600)))
                .isInstanceOfSatisfying(ArticleIncompleteException.class, e -> {
                    assertThat(e.target()).isEqualTo(ArticleStatus.SCHEDULED);
                    assertThat(e.missingFields()).containsExactly("lead", "body");
                    assertThat(e.messageKey()).isEqualTo("article.error.incomplete.SCHEDULED");
                });
        assertThat(bare.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void review_needs_a_category() {
        Article noCategory = new Article(new ArticleContent("Titel", "titel", "V", "B", null, List.of(), true),
                Set.of(), 1L, NOW);
        assertThatThrownBy(() -> noCategory.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null))
                .isInstanceOfSatisfying(ArticleIncompleteException.class,
                        e -> assertThat(e.missingFields()).containsExactly("categoryId"));
        assertThat(noCategory.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void a_schedule_must_lie_in_the_future() {
        Article article = articleIn(ArticleStatus.IN_REVIEW);
        assertThatThrownBy(() -> article.moveTo(ArticleStatus.SCHEDULED, 1L, NOW, NOW.minusSeconds(1)))
                .hasMessageContaining("article.error.schedule.past");
        article.moveTo(ArticleStatus.SCHEDULED, 1L, NOW, NOW.plusSeconds(60));
        assertThat(article.getScheduledAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void a_scheduled_article_published_long_after_its_time_is_marked_late() {
        Article onTime = articleIn(ArticleStatus.SCHEDULED);
        onTime.publishScheduled(onTime.getScheduledAt().plusSeconds(30), ArticleScheduler.GRACE);
        assertThat(onTime.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(onTime.isPublishedLate()).isFalse();

        Article missed = articleIn(ArticleStatus.SCHEDULED);
        missed.publishScheduled(missed.getScheduledAt().plus(Duration.ofHours(5)), ArticleScheduler.GRACE);
        assertThat(missed.isPublishedLate()).isTrue();
    }

    private static Article articleIn(ArticleStatus status) {
        Article a = new Article(new ArticleContent("Titel", "titel", "Vorspann", "Text", 7L, List.of(), true),
                Set.of(), 1L, NOW);
        switch (status) {
            case DRAFT -> {
            }
            case IN_REVIEW -> a.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
            case SCHEDULED -> {
                a.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
                a.moveTo(ArticleStatus.SCHEDULED, 1L, NOW, NOW.plusSeconds(30));
            }
            case PUBLISHED -> {
                a.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
                a.moveTo(ArticleStatus.PUBLISHED, 1L, NOW, null);
            }
            case ARCHIVED -> {
                a.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
                a.moveTo(ArticleStatus.PUBLISHED, 1L, NOW, null);
                a.moveTo(ArticleStatus.ARCHIVED, 1L, NOW, null);
            }
            case TRASHED -> {
                a.moveTo(ArticleStatus.IN_REVIEW, 1L, NOW, null);
                a.moveToTrash(1L, NOW);
            }
        }
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = ArticleStatus.class, names = "TRASHED", mode =
            org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
    void every_status_goes_to_the_trash_and_comes_back_as_a_draft(ArticleStatus from) {
        Article article = articleIn(from);
        article.moveToTrash(2L, NOW.plusSeconds(5));
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.TRASHED);
        assertThat(article.getTrashedFrom()).isEqualTo(from);
        assertThat(article.getScheduledAt()).isNull();
        article.restoreFromTrash(2L, NOW.plusSeconds(9));
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.getTrashedAt()).isNull();
    }
}
