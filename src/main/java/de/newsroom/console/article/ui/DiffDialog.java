package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import de.newsroom.console.article.DiffLine;
import de.newsroom.console.article.FieldDiff;
import java.util.List;

/**
 * Shows a field-by-field line diff: removed lines with "-", added lines with "+". Inside a changed paragraph the
 * removed words are struck through ({@code del}) and the inserted ones highlighted ({@code ins}), so a changed
 * comma does not hide in a paragraph of a hundred words. Colours come from {@code articles.css}.
 */
class DiffDialog extends Dialog {

    DiffDialog(String heading, List<FieldDiff> diffs) {
        setHeaderTitle(heading);
        addClassName("article-diff-dialog");
        setWidth("min(90vw, 60rem)");
        var content = new Div();
        content.setId("article-diff");
        boolean any = false;
        for (FieldDiff diff : diffs) {
            if (!diff.changed()) {
                continue;
            }
            if (!any) {
                var legend = new Paragraph(getTranslation("article.diff.legend"));
                legend.addClassName("article-diff-legend");
                content.add(legend);
            }
            any = true;
            content.add(new H4(getTranslation("article.field." + diff.field().key())));
            var lines = new Div();
            lines.addClassName("article-diff-lines");
            diff.lines().forEach(line -> lines.add(row(line)));
            content.add(lines);
        }
        if (!any) {
            content.add(new Paragraph(getTranslation("article.diff.none")));
        }
        add(content);
        getFooter().add(new Button(getTranslation("article.action.close"), e -> close()));
    }

    static Div row(DiffLine line) {
        var row = new Div();
        row.addClassName("article-diff-" + line.kind().name().toLowerCase());
        if (line.words().isEmpty()) {
            row.setText(line.asText());
            return row;
        }
        row.addClassName("article-diff-paired");
        row.getElement().appendChild(Element.createText(line.asText().substring(0, 2)));
        String tag = line.kind() == DiffLine.Kind.REMOVED ? "del" : "ins";
        for (DiffLine.Words words : line.words()) {
            // Text nodes only: the words are an editor's text, never markup.
            row.getElement().appendChild(words.changed() ? new Element(tag).setText(words.text())
                    : Element.createText(words.text()));
        }
        return row;
    }
}
