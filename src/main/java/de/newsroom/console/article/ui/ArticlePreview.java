package de.newsroom.console.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The article as the reader page shows it: breadcrumb (the reader site's home label › category trail › title), title,
 * bold lead, body and keyword line. Only the body is HTML, and only the server-side sanitised HTML ever reaches
 * innerHTML.
 */
class ArticlePreview extends Div {

    private final Nav breadcrumb = new Nav();
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final Div body = new Div();
    private final Paragraph keywords = new Paragraph();
    private final String homeLabel;

    /** {@code homeLabel} and {@code language}: the reader site's, not the editor's language ({@code ReaderSite}), as readers see it. */
    ArticlePreview(String homeLabel, String language) {
        this.homeLabel = homeLabel;
        addClassName("article-preview");
        // The reader site's language, so that the browser hyphenates long German compounds the way readers see them.
        getElement().setAttribute("lang", language);
        setId("article-preview");
        breadcrumb.addClassName("article-preview-breadcrumb");
        lead.addClassName("article-preview-lead");
        lead.getStyle().set("font-weight", "700");
        body.addClassName("article-preview-body");
        body.setId("article-preview-body");
        keywords.addClassName("article-preview-keywords");
        add(breadcrumb, title, lead, body, keywords);
    }

    void show(String titleText, String leadText, String sanitisedBodyHtml, List<String> trail, List<String> tagNames) {
        breadcrumb.removeAll();
        breadcrumb.add(new Span(homeLabel));
        for (String name : trail) {
            breadcrumb.add(new Span(" › "), new Span(name));
        }
        breadcrumb.add(new Span(" › "), new Span(titleText));
        title.setText(titleText);
        lead.setText(leadText);
        body.getElement().setProperty("innerHTML", sanitisedBodyHtml);
        keywords.setText(tagNames.isEmpty() ? "" : getTranslation("article.preview.keywords") + " " + String.join(", ", tagNames));
    }

    String bodyHtml() {
        return body.getElement().getProperty("innerHTML", "");
    }
}
