package de.newsroom.console.article;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.article.DiffLine.Kind;
import de.newsroom.console.article.DiffLine.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void a_changed_word_inside_a_paragraph_is_marked_alone_on_both_lines() {
        List<DiffLine> lines = LineDiff.lines("Titel\nDer Rat tagt am Montag im Rathaus.\nEnde",
                "Titel\nDer Rat tagt am Dienstag im Rathaus.\nEnde");

        assertThat(lines).extracting(DiffLine::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
        assertThat(lines.get(1).words()).containsExactly(new Words("Der Rat tagt am ", false),
                new Words("Montag", true), new Words(" im Rathaus.", false));
        assertThat(lines.get(2).words()).filteredOn(Words::changed).extracting(Words::text).containsExactly("Dienstag");
    }

    @Test
    void inserted_words_are_marked_only_on_the_new_line() {
        List<DiffLine> lines = LineDiff.lines("Der Rat tagt.", "Der neue Rat tagt.");

        assertThat(lines.get(0).words()).noneMatch(Words::changed);
        assertThat(lines.get(1).words()).filteredOn(Words::changed).extracting(Words::text)
                .containsExactly("neue ");
        assertThat(String.join("", lines.get(1).words().stream().map(Words::text).toList()))
                .isEqualTo("Der neue Rat tagt.");
    }

    @Test
    void lines_without_a_counterpart_carry_no_words() {
        List<DiffLine> lines = LineDiff.lines("Eins\nZwei", "Eins\nZwei\nDrei");

        assertThat(lines).extracting(DiffLine::asText).containsExactly("  Eins", "  Zwei", "+ Drei");
        assertThat(lines.get(2).words()).isEmpty();
    }

    @Test
    void equal_and_empty_texts_give_only_unchanged_lines() {
        assertThat(LineDiff.lines("A\nB", "A\nB")).extracting(DiffLine::kind).containsOnly(Kind.SAME);
        assertThat(LineDiff.lines("", "")).isEmpty();
        assertThat(LineDiff.lines(null, "Neu")).extracting(DiffLine::asText).containsExactly("+ Neu");
    }
}
