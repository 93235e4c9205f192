package de.newsroom.console.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.article.ArticleTestData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TagFindOrCreateAllTest {

    @Autowired
    TagService tags;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void existing_tags_aliases_and_new_names_resolve_in_order_each_once() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TagRef existing = ArticleTestData.as("editor", () -> tags.findOrCreate("Haushalt " + suffix));
        TagRef aliased = ArticleTestData.as("editor", () -> tags.findOrCreate("Bundesliga " + suffix));
        jdbc.update("insert into tag_alias (tag_id, name, key) values (?, ?, ?)", aliased.id(), "Erste Liga " + suffix,
                TagKeys.key("Erste Liga " + suffix));

        List<TagRef> found = ArticleTestData.as("editor", () -> tags.findOrCreateAll(List.of(
                "Neu " + suffix, "  HAUSHALT " + suffix + " ", "Erste Liga " + suffix, "haushalt " + suffix,
                "Bundesliga " + suffix)));

        assertThat(found).extracting(TagRef::name)
                .containsExactly("Neu " + suffix, "Haushalt " + suffix, "Bundesliga " + suffix);
        assertThat(found.get(1).id()).isEqualTo(existing.id());
        assertThat(found.get(2).id()).isEqualTo(aliased.id());
    }

    @Test
    void known_tags_take_one_statement_however_many_there_are() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> names = List.of("Eins " + suffix, "Zwei " + suffix, "Drei " + suffix, "Vier " + suffix);
        ArticleTestData.as("editor", () -> tags.findOrCreateAll(names));

        var counted = ArticleTestData.as("editor", () -> StatementCounter.count(() -> tags.findOrCreateAll(names)));

        assertThat(counted.result()).hasSize(4);
        assertThat(counted.count()).isEqualTo(1);
    }

    @Test
    void an_invalid_name_creates_nothing() {
        String fresh = "Gültig " + UUID.randomUUID();
        assertThatThrownBy(() -> ArticleTestData.as("editor", () -> tags.findOrCreateAll(List.of(fresh, "x".repeat(500)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from tag where name = ?", Integer.class, fresh)).isZero();
    }
}
