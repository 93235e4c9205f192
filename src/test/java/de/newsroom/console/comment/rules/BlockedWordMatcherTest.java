package de.newsroom.console.comment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import de.newsroom.console.comment.rules.BlockedWordMatcher.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockedWordMatcherTest {

    private static final BlockedWordRule IDIOT = new BlockedWordRule("idiot", false);
    private static final BlockedWordRule ARSCH = new BlockedWordRule("arsch", false, List.of("Marsch", "barsch"));
    private static final BlockedWordRule KILL = new BlockedWordRule("kill", true);
    private static final BlockedWordRule DUMMKOPF = new BlockedWordRule("Dummkopf", true);
    private static final BlockedWordRule DUEMMLICH = new BlockedWordRule("dümmlich", false);
    private static final BlockedWordRule EKEL = new BlockedWordRule("ekel", false);
    private static final BlockedWordRule SCHEISS = new BlockedWordRule("scheiß", false);

    private final BlockedWordMatcher matcher =
            new BlockedWordMatcher(List.of(IDIOT, ARSCH, KILL, DUMMKOPF, DUEMMLICH, EKEL, SCHEISS));

    @ParameterizedTest(name = "\"{0}\" flags [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Du Vollidiot                      | idiot
            IDIOTEN!                          | IDIOT
            Der Marsch                        | -
            Einmarsch der Truppen             | -
            Ein Barsch im See                 | -
            ARSCH                             | ARSCH
            Marsch, du Arsch                  | Arsch
            Einmarsch, Barsch und Arschloch   | Arsch
            Skill und Skills                  | -
            Killer                            | -
            kill them                         | kill
            KILL!                             | KILL
            kill-switch                       | kill
            kill3r                            | -
            Du Dummkopf                       | Dummkopf
            DUMMKOPF!                         | DUMMKOPF
            Dummköpfe                         | -
            ziemlich dümmlich                 | dümmlich
            ziemlich duemmlich                | duemmlich
            DÜMMLICHE Aussage                 | DÜMMLICH
            Dummerchen                        | -
            Häkeldecke                        | -
            Ekelhaft                          | Ekel
            So eine Scheiße                   | Scheiß
            So eine Scheisse                  | Scheiss
            <b>Idiot</b> \uD83D\uDE00          | Idiot
            \uD83D\uDE00kill\uD83D\uDE00       | kill
            <a href="/idiot">Link</a>         | idiot
            Idiot! Arsch! Idiot!              | Idiot;Arsch;Idiot
            Ein ganz normaler Kommentar.      | -
            """)
    void flags_blocked_words(String text, String expectedFragments) {
        List<String> expected = expectedFragments == null ? List.of() : Arrays.asList(expectedFragments.split(";"));

        assertThat(matcher.find(text)).extracting(Match::fragment).containsExactlyElementsOf(expected);
    }

    @Test
    void reports_which_rule_matched_and_where() {
        String text = "Du Vollidiot, du Arsch";

        List<Match> matches = matcher.find(text);

        assertThat(matches).extracting(Match::rule, Match::fragment, Match::start, Match::end)
                .containsExactly(tuple(IDIOT, "idiot", 7, 12), tuple(ARSCH, "Arsch", 17, 22));
        assertThat(matches).allSatisfy(match ->
                assertThat(text.substring(match.start(), match.end())).isEqualTo(match.fragment()));
    }

    @Test
    void maps_spelled_out_umlauts_back_to_the_original_text() {
        List<Match> matches = matcher.find("Wie dümmlich!");

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.fragment()).isEqualTo("dümmlich");
            assertThat(match.start()).isEqualTo(4);
            assertThat(match.end()).isEqualTo(12);
        });
    }

    @Test
    void matches_decomposed_umlauts_and_reports_them_composed() {
        assertThat(matcher.find("ziemlich du\u0308mmlich")).extracting(Match::fragment).containsExactly("dümmlich");
    }

    @Test
    void sees_through_soft_hyphens_and_zero_width_spaces() {
        assertThat(matcher.find("Voll\u00ADidiot")).extracting(Match::fragment).containsExactly("idiot");
        assertThat(matcher.find("I\u200Bd\u200Biot")).extracting(Match::rule).containsExactly(IDIOT);
    }

    @Test
    void applies_an_exception_only_to_the_word_it_covers() {
        BlockedWordMatcher sau = new BlockedWordMatcher(
                List.of(new BlockedWordRule("sau", false, List.of("SAUBER", "Sauerkraut"))));

        assertThat(sau.find("sauber, Sauerkraut und saubere Arbeit")).isEmpty();
        assertThat(sau.find("Sauber, du Drecksau")).extracting(Match::fragment).containsExactly("sau");
    }

    @Test
    void reports_each_rule_that_matches_the_same_spot() {
        BlockedWordRule partOfWord = new BlockedWordRule("idiot", false);
        BlockedWordRule wholeWord = new BlockedWordRule("Idiot", true);

        List<Match> matches = new BlockedWordMatcher(List.of(partOfWord, wholeWord)).find("Idiot");

        assertThat(matches).extracting(Match::rule).containsExactly(partOfWord, wholeWord);
    }

    @Test
    void copes_with_long_text_full_of_markup_and_emoji() {
        String text = "<p onclick=\"x\">\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 &uuml; </p>".repeat(300)
                + "Vollidiot" + "\uD83D\uDE00".repeat(2000) + "\uD83D";

        assertThat(matcher.find(text)).extracting(Match::fragment).containsExactly("idiot");
    }

    @Test
    void finds_nothing_in_null_empty_text_or_without_rules() {
        assertThat(matcher.find(null)).isEmpty();
        assertThat(matcher.find("")).isEmpty();
        assertThat(new BlockedWordMatcher(List.of()).find("Idiot")).isEmpty();
    }

    @Test
    void returns_an_unmodifiable_list() {
        List<Match> matches = matcher.find("Idiot");

        assertThat(matches).isUnmodifiable();
    }

    @Test
    void copies_the_rule_list() {
        List<BlockedWordRule> rules = new ArrayList<>(List.of(IDIOT));
        BlockedWordMatcher copying = new BlockedWordMatcher(rules);

        rules.add(KILL);

        assertThat(copying.find("kill")).isEmpty();
    }

    @Test
    void rule_validates_its_word_and_copies_exceptions() {
        assertThatNullPointerException().isThrownBy(() -> new BlockedWordRule(null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new BlockedWordRule("  ", true));
        assertThat(new BlockedWordRule("x", true, null).exceptions()).isEmpty();

        List<String> exceptions = new ArrayList<>(List.of("marsch"));
        BlockedWordRule rule = new BlockedWordRule("arsch", false, exceptions);
        exceptions.clear();

        assertThat(rule.exceptions()).containsExactly("marsch");
    }

    @Test
    void rejects_a_rule_whose_word_folds_to_nothing() {
        List<BlockedWordRule> rules = List.of(new BlockedWordRule("\u00AD", false));

        assertThatIllegalArgumentException().isThrownBy(() -> new BlockedWordMatcher(rules));
    }
}
