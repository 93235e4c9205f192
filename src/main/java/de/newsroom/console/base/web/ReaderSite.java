package de.newsroom.console.base.web;

import de.newsroom.console.base.i18n.TranslationProvider;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reader site's language and the label of the first breadcrumb entry. One label for the reader page, the content
 * API's breadcrumb and the console's preview, because the preview shows what readers see, not the editor's language.
 */
@Component
public class ReaderSite {

    private final Locale locale;
    private final String homeLabel;

    public ReaderSite(@Value("${newsroom.reader.language:de}") String language,
                      @Value("${newsroom.reader.home-label:}") String homeLabel, TranslationProvider translations) {
        this.locale = Locale.forLanguageTag(language.isBlank() ? "de" : language.strip());
        this.homeLabel = homeLabel == null || homeLabel.isBlank()
                ? translations.getTranslation("reader.breadcrumb.home", locale) : homeLabel.strip();
    }

    /** The language the reader site is written in ({@code newsroom.reader.language}, German by default). */
    public Locale locale() {
        return locale;
    }

    /** {@code newsroom.reader.home-label}, or "Startseite" / "Home" in the site's language when it is not set. */
    public String homeLabel() {
        return homeLabel;
    }
}
