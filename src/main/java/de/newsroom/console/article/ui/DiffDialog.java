package de.newsroom.console.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import de.newsroom.console.article.DiffLine;
import de.newsroom.console.article.FieldDiff;
import java.util.List;

/** Shows a field-by-field line diff: removed lines red with "-", added lines green with "+". */
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
            any = true;
            content.add(new H4(getTranslation("article.field." + diff.field())));
            var lines = new Div();
            lines.addClassName("article-diff-lines");
            lines.getStyle().set("font-family", "monospace").set("white-space", "pre-wrap");
            for (DiffLine line : diff.lines()) {
                var row = new Div(line.asText());
                row.addClassName("article-diff-" + line.kind().name().toLowerCase());
                switch (line.kind()) {
                    case ADDED -> row.getStyle().set("background", "#e6ffec");
                    case REMOVED -> row.getStyle().set("background", "#ffebe9");
                    default -> row.getStyle().set("color", "#57606a");
                }
                lines.add(row);
            }
            content.add(lines);
        }
        if (!any) {
            content.add(new Paragraph(getTranslation("article.diff.none")));
        }
        add(content);
        getFooter().add(new Button(getTranslation("article.action.close"), e -> close()));
    }
}
