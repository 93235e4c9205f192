package de.newsroom.console.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.article.DiffLine;
import de.newsroom.console.article.DiffLine.Kind;
import de.newsroom.console.article.DiffLine.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffDialogTest {

    @Test
    void changed_words_are_del_and_ins_elements_and_the_rest_plain_text() {
        var removed = DiffDialog.row(new DiffLine(Kind.REMOVED, "Der Rat tagt am Montag.",
                List.of(new Words("Der Rat tagt am ", false), new Words("Montag.", true))));
        var added = DiffDialog.row(new DiffLine(Kind.ADDED, "Der Rat tagt am Dienstag.",
                List.of(new Words("Der Rat tagt am ", false), new Words("Dienstag.", true))));

        assertThat(removed.getElement().getOuterHTML()).contains("- Der Rat tagt am <del>Montag.</del>")
                .contains("article-diff-removed", "article-diff-paired");
        assertThat(added.getElement().getOuterHTML()).contains("+ Der Rat tagt am <ins>Dienstag.</ins>");
    }

    @Test
    void an_editors_markup_stays_text() {
        var row = DiffDialog.row(new DiffLine(Kind.ADDED, "<b>fett</b>",
                List.of(new Words("<b>fett</b>", true))));
        var plain = DiffDialog.row(new DiffLine(Kind.SAME, "<script>x</script>"));

        assertThat(row.getElement().getOuterHTML()).contains("&lt;b&gt;fett&lt;/b&gt;").doesNotContain("<b>");
        assertThat(plain.getElement().getOuterHTML()).doesNotContain("<script>");
        assertThat(plain.getText()).isEqualTo("  <script>x</script>");
    }
}
