package de.newsroom.console.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagKeysTest {

    @ParameterizedTest(name = "\"{0}\" has key \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            USA                      | usa
            usa                      | usa
            ' U S A '                | usa
            U.S.A.                   | usa
            U_S_A                    | usa
            U-S-A                    | usa
            Geschäft                 | geschaeft
            Geschaeft                | geschaeft
            GESCHÄFT                 | geschaeft
            Straße                   | strasse
            Strasse                  | strasse
            STRAẞE                   | strasse
            Nord–Süd-Konflikt        | nordsuedkonflikt
            Nord Süd Konflikt        | nordsuedkonflikt
            Café                     | cafe
            Łódź                     | lodz
            C++                      | c++
            C#                       | c#
            E-Mail                   | email
            'Rote\u00A0Armee Fraktion' | rotearmeefraktion
            Ukraine\u2011Krieg        | ukrainekrieg
            """)
    void folds_case_umlauts_accents_and_separators(String displayName, String expectedKey) {
        assertThat(TagKeys.key(displayName)).isEqualTo(expectedKey);
    }

    @Test
    void gives_spelling_variants_of_one_tag_the_same_key() {
        assertThat(TagKeys.key("Bündnis 90/Die Grünen")).isEqualTo(TagKeys.key("Buendnis 90/die gruenen"));
        assertThat(TagKeys.key("Mu\u0308nchen")).isEqualTo(TagKeys.key("München")).isEqualTo("muenchen");
        assertThat(TagKeys.key("Corona_Krise")).isEqualTo(TagKeys.key("Corona-Krise")).isEqualTo(TagKeys.key("Coronakrise"));
    }

    @Test
    void keeps_distinct_tags_apart() {
        assertThat(TagKeys.key("C++")).isNotEqualTo(TagKeys.key("C"));
        assertThat(TagKeys.key("Bahn")).isNotEqualTo(TagKeys.key("Bähn"));
        assertThat(TagKeys.key("Musik")).isNotEqualTo(TagKeys.key("Museum"));
    }

    @Test
    void returns_empty_for_null_and_separators_only() {
        assertThat(TagKeys.key(null)).isEmpty();
        assertThat(TagKeys.key(" .-_ ")).isEmpty();
    }

    @Test
    void drops_soft_hyphens() {
        assertThat(TagKeys.key("Bundes\u00ADtag")).isEqualTo("bundestag");
    }
}
