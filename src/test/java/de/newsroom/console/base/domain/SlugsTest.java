package de.newsroom.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Geschäftsführer                                           | geschaeftsfuehrer
            Straße                                                    | strasse
            GROẞE PLÄNE                                               | grosse-plaene
            Ärger über Öl                                             | aerger-ueber-oel
            ÄÖÜ äöü                                                   | aeoeue-aeoeue
            Café Crème                                                | cafe-creme
            '  Kaspersky beendet Geschäft in den USA nach Verbot! '   | kaspersky-beendet-geschaeft-in-den-usa-nach-verbot
            Łódź                                                      | lodz
            François Hollande à Zürich                                | francois-hollande-a-zuerich
            Søren Kierkegaard                                         | soren-kierkegaard
            Ærø und Œuvre                                             | aero-und-oeuvre
            Håkon                                                     | hakon
            '--Corona---Krise--'                                      | corona-krise
            'Bund & Länder: 3,5 % mehr?'                              | bund-laender-3-5-mehr
            Version 2.0                                               | version-2-0
            C++ für Einsteiger                                        | c-fuer-einsteiger
            ﬁnale Entscheidung                                        | finale-entscheidung
            """)
    void slugifies_german_headlines(String text, String expected) {
        assertThat(Slugs.slugify(text)).isEqualTo(expected);
    }

    @Test
    void transliterates_decomposed_umlauts_like_composed_ones() {
        assertThat(Slugs.slugify("U\u0308bung macht den Meister")).isEqualTo("uebung-macht-den-meister");
    }

    @Test
    void ignores_soft_hyphens_inside_words() {
        assertThat(Slugs.slugify("Geschäfts\u00ADführer")).isEqualTo("geschaeftsfuehrer");
    }

    @Test
    void keeps_emoji_between_words_as_a_single_separator() {
        assertThat(Slugs.slugify("Gute \uD83D\uDE00 Laune")).isEqualTo("gute-laune");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\uD83D\uDE00\uD83C\uDF89", "!!! ???", "\u4E2D\u6587"})
    void returns_empty_when_nothing_is_left(String text) {
        assertThat(Slugs.slugify(text)).isEmpty();
    }

    @Test
    void never_exceeds_the_article_slug_limit() {
        String title = "Wort ".repeat(100);

        String slug = Slugs.slugify(title);

        assertThat(slug).hasSizeLessThanOrEqualTo(TextLimits.ARTICLE_SLUG).startsWith("wort-wort").endsWith("wort");
    }

    @Test
    void shortens_at_a_hyphen_so_no_word_is_cut() {
        String title = "Bundesverfassungsgericht " + "entscheidet ".repeat(20);

        String slug = Slugs.slugify(title, 60);

        assertThat(slug).isEqualTo("bundesverfassungsgericht-entscheidet-entscheidet-entscheidet");
    }

    @Test
    void keeps_a_word_that_ends_exactly_at_the_limit() {
        assertThat(Slugs.slugify("abcd efgh ijkl", 9)).isEqualTo("abcd-efgh");
    }

    @Test
    void cuts_a_single_overlong_word_hard() {
        String slug = Slugs.slugify("Donaudampfschifffahrtsgesellschaftskapitän", 20);

        assertThat(slug).isEqualTo("donaudampfschifffahr");
    }

    @Test
    void shortens_category_slugs_to_their_own_limit() {
        String slug = Slugs.slugify("Kategorie ".repeat(20), TextLimits.CATEGORY_SLUG);

        assertThat(slug).hasSizeLessThanOrEqualTo(TextLimits.CATEGORY_SLUG).doesNotEndWith("-");
    }

    @Test
    void rejects_a_non_positive_maximum_length() {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.slugify("x", 0));
    }

    @Test
    void appends_a_numeric_suffix() {
        assertThat(Slugs.withSuffix("wahl-in-berlin", 2)).isEqualTo("wahl-in-berlin-2");
        assertThat(Slugs.withSuffix("wahl-in-berlin", 17)).isEqualTo("wahl-in-berlin-17");
    }

    @Test
    void shortens_the_slug_so_the_suffix_fits() {
        String slug = Slugs.slugify("Wort ".repeat(100));

        String suffixed = Slugs.withSuffix(slug, 12);

        assertThat(suffixed).hasSizeLessThanOrEqualTo(TextLimits.ARTICLE_SLUG).endsWith("-wort-12").doesNotContain("--");
    }

    @Test
    void shortens_at_a_hyphen_for_the_suffix_when_possible() {
        assertThat(Slugs.withSuffix("abcd-efgh", 2, 9)).isEqualTo("abcd-2");
        assertThat(Slugs.withSuffix("abcdefghij", 2, 9)).isEqualTo("abcdefg-2");
    }

    @Test
    void rejects_suffixes_that_make_no_sense() {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.withSuffix("", 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.withSuffix("wahl", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.withSuffix("wahl", 1000, 4));
        assertThatNullPointerException().isThrownBy(() -> Slugs.withSuffix(null, 2));
    }
}
