package de.newsroom.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    private static final String GRINNING = "\uD83D\uDE00";

    @Test
    void counts_an_emoji_as_one_code_point() {
        assertThat(Texts.codePointLength("Hallo " + GRINNING)).isEqualTo(7);
    }

    @Test
    void counts_null_as_length_zero() {
        assertThat(Texts.codePointLength(null)).isZero();
    }

    @Test
    void measures_5000_emoji_as_length_5000() {
        String emoji = GRINNING.repeat(5000);

        assertThat(emoji).hasSize(10_000);
        assertThat(Texts.codePointLength(emoji)).isEqualTo(5000);
        assertThat(Texts.check(emoji, 1, TextLimits.COMMENT_BODY)).isEqualTo(TextProblem.OK);
        assertThat(Texts.check(emoji + GRINNING, 1, TextLimits.COMMENT_BODY)).isEqualTo(TextProblem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Straße", "Ärger über Öl", "\uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "\uFFFD", "\uFFFD\uFFFC", "tab\tand\nnewline", "\uD800\uDC00", "\uDBFF\uDFFF"})
    void accepts_text_postgres_can_store(String value) {
        assertThat(Texts.isStorable(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "vor\u0000nach", "\uD83D", "a\uD83D", "\uDE00", "\uDE00\uD83D", "x\uD83Dy",
            "\uFFFE", "\uFFFF", "ok \uFFFF ok"})
    void rejects_nul_unpaired_surrogates_and_noncharacters(String value) {
        assertThat(Texts.isStorable(value)).isFalse();
    }

    @Test
    void treats_null_as_storable() {
        assertThat(Texts.isStorable(null)).isTrue();
    }

    @Test
    void normalize_trims_and_composes_to_nfc() {
        String decomposed = "  Ba\u0308r \t\n";

        assertThat(Texts.normalize(decomposed)).isEqualTo("B\u00E4r").hasSize(3);
    }

    @Test
    void normalize_strips_unicode_spaces_but_keeps_inner_whitespace() {
        assertThat(Texts.normalize("\u2003Neue  Regeln\u2003")).isEqualTo("Neue  Regeln");
    }

    @Test
    void normalize_keeps_null_as_null() {
        assertThat(Texts.normalize(null)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" in [{1}, {2}] is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | 1 | 10 | TOO_SHORT
            ab          | 3 | 10 | TOO_SHORT
            abc         | 3 | 10 | OK
            Straße      | 1 | 6  | OK
            Straßen     | 1 | 6  | TOO_LONG
            ''          | 0 | 10 | OK
            """)
    void checks_length_in_code_points(String value, int min, int max, TextProblem expected) {
        assertThat(Texts.check(value, min, max)).isEqualTo(expected);
    }

    @Test
    void check_treats_null_as_empty() {
        assertThat(Texts.check(null, 1, 10)).isEqualTo(TextProblem.TOO_SHORT);
        assertThat(Texts.check(null, 0, 10)).isEqualTo(TextProblem.OK);
    }

    @Test
    void check_reports_unstorable_text_before_its_length() {
        assertThat(Texts.check("\u0000".repeat(20), 1, 10)).isEqualTo(TextProblem.UNSTORABLE);
        assertThat(Texts.check("a\uD83D", 1, 10)).isEqualTo(TextProblem.UNSTORABLE);
    }

    @Test
    void check_rejects_an_invalid_range() {
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.check("x", -1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.check("x", 5, 4));
    }

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Geschäftsführer   | geschaeftsfuehrer
            STRASSE           | strasse
            Straße            | strasse
            GROẞ              | gross
            Ärger Über Öl     | aerger ueber oel
            Café Crème        | cafe creme
            Łódź              | lodz
            Søren Ærø         | soren aero
            Œuvre             | oeuvre
            Ångström          | angstroem
            ﬁnal              | final
            İstanbul          | istanbul
            """)
    void folds_case_umlauts_and_accents(String value, String expected) {
        assertThat(Texts.fold(value)).isEqualTo(expected);
    }

    @Test
    void fold_composes_decomposed_umlauts_first() {
        assertThat(Texts.fold("Mu\u0308ller")).isEqualTo("mueller");
    }

    @Test
    void fold_drops_soft_hyphens_and_zero_width_characters() {
        assertThat(Texts.fold("Geschäfts\u00ADführer")).isEqualTo("geschaeftsfuehrer");
        assertThat(Texts.fold("Id\u200Biot")).isEqualTo("idiot");
    }

    @Test
    void fold_keeps_emoji_and_null() {
        assertThat(Texts.fold("Hi " + GRINNING)).isEqualTo("hi " + GRINNING);
        assertThat(Texts.fold(null)).isNull();
    }

    @Test
    void fold_code_point_matches_fold_of_the_whole_text() {
        String text = "Ärger in Łódź, Straße \uD83D\uDE00 ﬁnal";
        StringBuilder byCodePoint = new StringBuilder();
        text.codePoints().forEach(codePoint -> byCodePoint.append(Texts.foldCodePoint(codePoint)));

        assertThat(byCodePoint).hasToString(Texts.fold(text));
    }
}
