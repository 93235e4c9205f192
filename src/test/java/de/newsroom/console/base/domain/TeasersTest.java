package de.newsroom.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeasersTest {

    private static final String GRINNING = "\uD83D\uDE00";
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    @Test
    void returns_text_unchanged_when_it_fits() {
        String text = "Kurz und gut.";

        assertThat(Teasers.teaser(text, 13)).isSameAs(text);
        assertThat(Teasers.teaser(text, 100)).isSameAs(text);
    }

    @Test
    void counts_code_points_when_deciding_whether_text_fits() {
        String text = GRINNING.repeat(5);

        assertThat(Teasers.teaser(text, 5)).isEqualTo(text);
    }

    @Test
    void cuts_at_the_last_word_boundary_and_appends_an_ellipsis() {
        assertThat(Teasers.teaser("Die Regierung hat heute beschlossen", 20)).isEqualTo("Die Regierung hat…");
    }

    @Test
    void keeps_a_word_that_ends_exactly_where_the_ellipsis_starts() {
        assertThat(Teasers.teaser("Die Regierung hat heute", 18)).isEqualTo("Die Regierung hat…");
    }

    @Test
    void strips_trailing_punctuation_before_the_ellipsis() {
        assertThat(Teasers.teaser("Das ist gut, aber nicht genug", 14)).isEqualTo("Das ist gut…");
        assertThat(Teasers.teaser("Wer zahlt? Die Länder", 14)).isEqualTo("Wer zahlt…");
        assertThat(Teasers.teaser("Berlin – Hamburg – München", 16)).isEqualTo("Berlin…");
        assertThat(Teasers.teaser("Berlin – Hamburg – München", 17)).isEqualTo("Berlin – Hamburg…");
        assertThat(Teasers.teaser("Berlin – Hamburg – München", 19)).isEqualTo("Berlin – Hamburg…");
    }

    @Test
    void keeps_closing_quotes_brackets_and_percent_signs() {
        assertThat(Teasers.teaser("Er sagte „Nein“ und ging", 17)).isEqualTo("Er sagte „Nein“…");
        assertThat(Teasers.teaser("Die Union (CDU) legt zu", 17)).isEqualTo("Die Union (CDU)…");
        assertThat(Teasers.teaser("Plus 5% im Jahr 2025", 9)).isEqualTo("Plus 5%…");
    }

    @Test
    void drops_a_dangling_opening_quote() {
        assertThat(Teasers.teaser("Er sagte „ Nein“ und ging", 12)).isEqualTo("Er sagte…");
    }

    @Test
    void never_cuts_inside_a_word() {
        String text = "Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz beschlossen, "
                + "das Mieterinnen und Mieter in Großstädten entlasten soll.";
        String[] words = text.split(" ");

        for (int max = 12; max < Texts.codePointLength(text); max++) {
            String teaser = Teasers.teaser(text, max);

            assertThat(Texts.codePointLength(teaser)).as("length for max %d", max).isLessThanOrEqualTo(max);
            assertThat(teaser).endsWith(Teasers.ELLIPSIS);
            String[] kept = teaser.substring(0, teaser.length() - 1).split(" ");
            assertThat(Arrays.copyOf(words, kept.length - 1))
                    .as("complete words for max %d", max)
                    .containsExactly(Arrays.copyOf(kept, kept.length - 1));
            String lastKept = kept[kept.length - 1];
            assertThat(words[kept.length - 1]).as("last word for max %d", max).isIn(lastKept, lastKept + ",");
        }
    }

    @Test
    void keeps_an_emoji_at_the_cut_point_whole() {
        String text = "Gute Laune " + GRINNING + GRINNING + " heute";

        assertThat(Teasers.teaser(text, 15)).isEqualTo("Gute Laune " + GRINNING + GRINNING + "…");
        assertThat(Teasers.teaser(text, 14)).isEqualTo("Gute Laune " + GRINNING + GRINNING + "…");
        assertThat(Teasers.teaser(text, 13)).isEqualTo("Gute Laune…");
    }

    @Test
    void never_splits_a_surrogate_pair_at_any_limit() {
        String text = GRINNING + " Hallo" + GRINNING + "Welt " + GRINNING.repeat(7) + " Ende " + FAMILY;

        for (int max = 1; max < Texts.codePointLength(text); max++) {
            String teaser = Teasers.teaser(text, max);

            assertThat(Texts.isStorable(teaser)).as("storable for max %d", max).isTrue();
            assertThat(Texts.codePointLength(teaser)).as("length for max %d", max).isLessThanOrEqualTo(max);
        }
    }

    @Test
    void cuts_an_overlong_first_word_between_code_points() {
        assertThat(Teasers.teaser("Donaudampfschifffahrtsgesellschaft ist lang", 10)).isEqualTo("Donaudamp…");
        assertThat(Teasers.teaser(GRINNING.repeat(10), 5)).isEqualTo(GRINNING.repeat(4) + "…");
    }

    @Test
    void keeps_emoji_sequences_together_when_cutting_inside_a_word() {
        assertThat(Teasers.teaser(FAMILY + FAMILY, 8)).isEqualTo(FAMILY + "…");
    }

    @Test
    void does_not_break_at_a_no_break_space() {
        assertThat(Teasers.teaser("Es kostet 10\u00A0000 Euro im Jahr", 15)).isEqualTo("Es kostet…");
    }

    @Test
    void treats_line_breaks_as_word_boundaries() {
        assertThat(Teasers.teaser("Hintergrund\nDie Lage ist ernst", 16)).isEqualTo("Hintergrund\nDie…");
    }

    @Test
    void returns_only_the_ellipsis_for_a_limit_of_one() {
        assertThat(Teasers.teaser("Hallo Welt", 1)).isEqualTo("…");
    }

    @Test
    void handles_null_and_rejects_a_non_positive_limit() {
        assertThat(Teasers.teaser(null, 10)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Teasers.teaser("Hallo", 0));
    }

    @Test
    void decodes_entities_before_cutting_so_none_is_cut_in_half() {
        String html = "Österreich erneut teurer. F&uuml;r Pendler wird es nun richtig teuer";

        assertThat(Teasers.teaserFromHtmlish(html, 30)).isEqualTo("Österreich erneut teurer. Für…");
        assertThat(Teasers.teaserFromHtmlish(html, 28)).isEqualTo("Österreich erneut teurer…");
        for (int max = 1; max < html.length(); max++) {
            assertThat(Teasers.teaserFromHtmlish(html, max))
                    .as("teaser for max %d", max)
                    .doesNotContain("&")
                    .doesNotContain("F&uuml")
                    .doesNotEndWith("F…");
        }
    }

    @Test
    void counts_a_decoded_entity_as_one_character() {
        assertThat(Teasers.teaserFromHtmlish("F&uuml;r", 3)).isEqualTo("Für");
        assertThat(Teasers.teaserFromHtmlish("Tom &amp; Jerry", 11)).isEqualTo("Tom & Jerry");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            &auml;&ouml;&uuml;&Auml;&Ouml;&Uuml;&szlig;  | äöüÄÖÜß
            F&#252;r                                     | Für
            F&#xFC;r F&#XfC;r                            | Für Für
            &bdquo;Zitat&ldquo; &ndash; &hellip;         | „Zitat“ – …
            Tom &amp; Jerry                              | Tom & Jerry
            &amp;uuml;                                   | &uuml;
            &lt;b&gt;                                    | <b>
            &#128512;                                    | \uD83D\uDE00
            &#150; &#132;Word&#147;                      | – „Word“
            &unbekannt; und AT&T                         | &unbekannt; und AT&T
            F&uuml ohne Semikolon                        | F&uuml ohne Semikolon
            Preis: 5&euro; &#36;&#92;                    | Preis: 5€ $\\
            """)
    void decodes_named_and_numeric_entities(String html, String expected) {
        assertThat(Teasers.decodeEntities(html)).isEqualTo(expected);
    }

    @Test
    void replaces_entities_that_would_be_unstorable() {
        assertThat(Teasers.decodeEntities("a&#0;b&#xD800;c&#1114112;d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    }

    @Test
    void decodes_a_no_break_space_that_keeps_words_together() {
        assertThat(Teasers.teaserFromHtmlish("Es kostet 10&nbsp;000 Euro im Jahr", 15)).isEqualTo("Es kostet…");
    }

    @Test
    void leaves_null_and_entity_free_text_alone() {
        assertThat(Teasers.decodeEntities(null)).isNull();
        assertThat(Teasers.decodeEntities("keine Entitäten")).isEqualTo("keine Entitäten");
    }
}
