package de.newsroom.console.article;

import static de.newsroom.console.article.ArticleTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statements of one save, counted: the category is read once (its branch, not the whole tree) and the tags in
 * one set-based lookup, however many categories and tags there are. A save that starts reading a table per field or twice
 * per save fails here.
 */
@IntegrationTest
class ArticleSaveStatementsTest {

    private static final Pattern READS_CATEGORY = Pattern.compile("(?i)\\bfrom category\\b");
    private static final Pattern READS_TAG = Pattern.compile("(?i)\\bfrom tag\\b");

    @Autowired
    ArticleEditing editing;

    @Autowired
    CategoryService categories;

    @Test
    void one_save_reads_its_category_once_and_its_tags_in_one_statement() {
        CategoryNode parent = ArticleTestData.category(categories, "Zählung");
        CategoryNode category = ArticleTestData.subCategory(categories, parent, "Unterrubrik");
        for (int i = 0; i < 30; i++) {
            ArticleTestData.category(categories, "Weitere Rubrik " + i);
        }
        List<String> tags = List.of("Zählung " + UUID.randomUUID(), "Haushalt", "Stadtrat");
        ArticleDraft draft = new ArticleDraft(null, 0, "Gezählt", "", "Vorspann.", "Text.", category.id(), tags, true);
        ArticleDetails created = as("editor", () -> editing.save(draft));

        var counted = as("editor", () -> StatementCounter.count(
                () -> editing.save(ArticleTestData.withTitle(created.toDraft(), "Gezählt, neu"))));

        assertThat(counted.result().title()).isEqualTo("Gezählt, neu");
        assertThat(counted.result().categoryTrail()).containsExactly(parent.name(), "Unterrubrik");
        List<String> statements = counted.statements();
        assertThat(statements.stream().filter(s -> READS_CATEGORY.matcher(s).find()))
                .as("category reads of one save: %s", statements).hasSize(1);
        assertThat(statements.stream().filter(s -> READS_TAG.matcher(s).find()))
                .as("tag lookups of one save: %s", statements).hasSize(1);
        // 14 before bylines and pictures: + one read of the bylines to compare, + the pictures the text uses (one
        // read, the usage's delete and upsert).
        assertThat(counted.count()).as("statements of one save: %s", statements).isLessThanOrEqualTo(18);
    }
}
