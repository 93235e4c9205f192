package de.newsroom.console.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the "not found" and "not allowed" pages share: a heading, an explanation, the address that was asked for
 * (as text, never as markup) and a link back to the dashboard, all inside the main layout.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private final String titleKey;
    private final String textKey;
    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();
    private final Code path = new Code();
    private final Anchor back = new Anchor();

    ErrorPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        this.textKey = textKey;
        setId(id);
        addClassNames("view", "error-page");
        path.setId(id + "-path");
        back.setId(id + "-back");
        // router-link lets Vaadin's client router take the click instead of reloading the whole page.
        back.getElement().setAttribute("router-link", true);
        back.setHref(".");
        add(heading, text, new Paragraph(path), back);
    }

    /** Fills in the texts for the user's language and the attempted address. */
    void show(BeforeEnterEvent event) {
        heading.setText(getTranslation(titleKey));
        text.setText(getTranslation(textKey));
        path.setText(getTranslation("error.path", "/" + event.getLocation().getPath()));
        back.setText(getTranslation("error.back"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
