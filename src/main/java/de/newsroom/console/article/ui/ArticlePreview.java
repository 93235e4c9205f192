package de.newsroom.console.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.newsroom.console.base.markdown.MarkdownRenderer;
import de.newsroom.console.base.web.ReaderSite;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.tag.TagRef;
import java.util.List;

/**
 * The article as the reader page shows it: breadcrumb (the reader site's home label › category trail › title), title,
 * bold lead, body and keyword line. Only the body is HTML, and only the server-side sanitised HTML ever reaches
 * innerHTML. The editor and the next version of a live article show their form in it ({@link #show(ArticleForm)}).
 */
class ArticlePreview extends Div {

    private final Nav breadcrumb = new Nav();
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final Div body = new Div();
    private final Paragraph keywords = new Paragraph();
    /** Says, in the editor's language, what the empty preview is for (before: an empty beige box on a new article). */
    private final Paragraph empty = new Paragraph();
    private final String homeLabel;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PreviewFigures figures;

    /** Home label and language are the reader site's, not the editor's language, as readers see them. */
    ArticlePreview(ReaderSite site, MediaService media) {
        this.homeLabel = site.homeLabel();
        this.figures = new PreviewFigures(media);
        String language = site.locale().toLanguageTag();
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
        empty.addClassName("article-preview-empty");
        empty.setId("article-preview-empty");
        empty.setText(getTranslation("article.preview.empty"));
        empty.getElement().setAttribute("lang", getLocale().toLanguageTag());
        add(breadcrumb, empty, title, lead, body, keywords);
    }

    /** Shows what {@code form} holds now: the body rendered and sanitised, its library pictures as figures. */
    void show(ArticleForm form) {
        String bodyText = form.body.getValue();
        show(form.title.getValue(), form.lead.getValue(), markdown.toHtml(bodyText, figures.of(bodyText)),
                form.category.getValue() == null ? List.of() : form.category.getValue().trail(),
                form.tags.getValue().stream().map(TagRef::name).toList());
    }

    private void show(String titleText, String leadText, String sanitisedBodyHtml, List<String> trail,
                      List<String> tagNames) {
        breadcrumb.removeAll();
        breadcrumb.add(new Span(homeLabel));
        for (String name : trail) {
            breadcrumb.add(new Span(" › "), new Span(name));
        }
        // No title yet: the trail ends where it is, not with a "›" leading nowhere ("Startseite ›" on a new article).
        if (!isBlank(titleText)) {
            breadcrumb.add(new Span(" › "), new Span(titleText));
        }
        title.setText(titleText);
        lead.setText(leadText);
        body.getElement().setProperty("innerHTML", sanitisedBodyHtml);
        empty.setVisible(isBlank(titleText) && isBlank(leadText) && isBlank(sanitisedBodyHtml));
        keywords.setText(tagNames.isEmpty() ? "" : getTranslation("article.preview.keywords") + " " + String.join(", ", tagNames));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    String bodyHtml() {
        return body.getElement().getProperty("innerHTML", "");
    }
}
