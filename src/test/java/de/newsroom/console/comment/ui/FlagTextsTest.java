package de.newsroom.console.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.base.i18n.TranslationProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlagTextsTest {

    private final TranslationProvider translations = new TranslationProvider();

    private String in(Locale locale, String flag) {
        return FlagTexts.describe(flag, (key, params) -> translations.getTranslation(key, locale, params));
    }

    @Test
    void stored_english_reasons_read_in_german_with_the_commenters_words_kept() {
        assertThat(in(Locale.GERMAN, "first-comment: no earlier comment by this e-mail or client"))
                .isEqualTo("Erstkommentar: noch kein früherer Kommentar von dieser E-Mail-Adresse oder dieser IP-Kennung");
        assertThat(in(Locale.GERMAN, "links: 3 links (more than 2)")).isEqualTo("Links: 3 Links (mehr als 2)");
        assertThat(in(Locale.GERMAN, "blocked-word: idiot (in 'Vollidiot')"))
                .isEqualTo("Sperrwort: „idiot“ in „Vollidiot“");
        assertThat(in(Locale.GERMAN, "blocked-author: e-mail 'troll@example.org' is on the block list"))
                .isEqualTo("Gesperrt: die E-Mail-Adresse „troll@example.org“ steht auf der Sperrliste");
        assertThat(in(Locale.GERMAN, "blocked-author: client is on the block list"))
                .isEqualTo("Gesperrt: diese IP-Kennung steht auf der Sperrliste");
    }

    @Test
    void english_stays_english_and_an_unknown_reason_is_shown_as_stored() {
        assertThat(in(Locale.ENGLISH, "blocked-author: name 'Troll' is on the block list"))
                .isEqualTo("Blocked author: the name “Troll” is on the block list");
        assertThat(in(Locale.GERMAN, "links: viele")).isEqualTo("Links: viele");
    }
}
