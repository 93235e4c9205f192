package de.newsroom.console.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.i18n.TranslationProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderSiteTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void the_home_label_follows_the_site_language_unless_one_is_configured() {
        assertThat(new ReaderSite("de", "", translations).homeLabel()).isEqualTo("Startseite");
        assertThat(new ReaderSite("en", " ", translations).homeLabel()).isEqualTo("Home");
        assertThat(new ReaderSite("de", " Titelseite ", translations).homeLabel()).isEqualTo("Titelseite");
        assertThat(new ReaderSite("", "", translations).locale()).isEqualTo(Locale.GERMAN);
    }
}
