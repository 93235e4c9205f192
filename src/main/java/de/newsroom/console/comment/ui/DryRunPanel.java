package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import de.newsroom.console.comment.rules.DryRunResult;
import de.newsroom.console.comment.rules.RuleDryRun;
import java.util.List;

/**
 * The result of a rule's dry run on the settings page: how many comments of the last days the change would have
 * flagged or stopped flagging, with examples. Readers' text goes in as text only; the match sits in a {@code mark}
 * element whose text is set, never parsed.
 */
final class DryRunPanel extends Div {

    final Paragraph summary = new Paragraph();
    final UnorderedList newly = new UnorderedList();
    final UnorderedList stopped = new UnorderedList();

    DryRunPanel(String id) {
        setId(id);
        addClassName("dry-run");
        summary.addClassName("dry-run-summary");
        summary.getElement().setAttribute("role", "status");
        newly.addClassName("dry-run-examples");
        stopped.addClassName("dry-run-examples");
        add(summary, newly, stopped);
        setVisible(false);
    }

    /** Shows {@code result}; {@code key} names the summary sentence ({@code comment.dryrun.*}). */
    void show(String key, DryRunResult result) {
        setVisible(true);
        String prefix = result.complete() ? "" : getTranslation("comment.dryrun.atleast") + " ";
        summary.setText(getTranslation(key, RuleDryRun.DAYS, result.newlyFlagged(), result.stoppedFlagging(),
                result.matched()) + (result.complete() ? "" : " " + getTranslation("comment.dryrun.cut",
                result.scanned())));
        summary.getElement().setAttribute("data-complete", String.valueOf(result.complete()));
        if (!prefix.isEmpty()) {
            summary.setText(prefix + summary.getText());
        }
        fill(newly, "comment.dryrun.newly.examples", result.newlyExamples());
        fill(stopped, "comment.dryrun.stopped.examples", result.stoppedExamples());
    }

    void hide() {
        setVisible(false);
    }

    private void fill(UnorderedList list, String headingKey, List<DryRunResult.Example> examples) {
        list.removeAll();
        list.setVisible(!examples.isEmpty());
        if (examples.isEmpty()) {
            return;
        }
        var heading = new ListItem(getTranslation(headingKey));
        heading.addClassName("dry-run-heading");
        list.add(heading);
        for (DryRunResult.Example e : examples) {
            var item = new ListItem();
            item.addClassName("dry-run-example");
            var id = new Span(getTranslation("comment.dryrun.example", String.valueOf(e.commentId()),
                    e.articleTitle()) + " ");
            id.addClassName("dry-run-where");
            var text = new Span();
            text.addClassName("dry-run-text");
            text.getElement().appendChild(Element.createText(e.before()));
            if (!e.match().isEmpty()) {
                text.getElement().appendChild(new Element("mark").setText(e.match()));
            }
            text.getElement().appendChild(Element.createText(e.after()));
            item.add(id, text);
            list.add(item);
        }
    }
}
