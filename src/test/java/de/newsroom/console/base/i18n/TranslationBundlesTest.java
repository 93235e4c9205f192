package de.newsroom.console.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    @Test
    void every_bundle_has_the_same_keys_in_english_and_german() throws IOException {
        var bundles = TranslationProvider.discoverBundles();
        assertThat(bundles).contains("i18n/messages");
        for (String base : bundles) {
            Properties en = load(base + ".properties");
            Properties de = load(base + "_de.properties");
            assertThat(de.keySet()).as("German keys of %s", base).isEqualTo(en.keySet());
            de.forEach((k, v) -> assertThat((String) v).as("%s in %s", k, base).isNotBlank().doesNotContain("\uFFFD"));
        }
    }

    /**
     * Words a German newsroom does not say, each with the console's own word: the hash of a reader's address is the
     * "IP-Kennung" (before: "Client" in the moderation, beside "Verbindung" for the same thing); the part of an
     * article's address made from its title is its "Webadresse" (before: "Slug (Webadresse)", "Der Slug braucht …").
     */
    @Test
    void german_texts_use_the_consoles_words_not_english_jargon() throws IOException {
        var jargon = java.util.regex.Pattern.compile("\\b(Client|Clients|gehasht\\w*|Slug\\w*)\\b");
        for (String base : TranslationProvider.discoverBundles()) {
            load(base + "_de.properties").forEach((k, v) -> assertThat(jargon.matcher((String) v).find())
                    .as("%s in %s: %s", k, base, v).isFalse());
        }
    }

    @Test
    void german_texts_come_with_real_umlauts() {
        var provider = new TranslationProvider();
        assertThat(provider.getTranslation("menu.dashboard", Locale.GERMAN)).isEqualTo("Übersicht");
        assertThat(provider.getTranslation("menu.dashboard", Locale.ENGLISH)).isEqualTo("Dashboard");
        assertThat(provider.getTranslation("menu.dashboard", Locale.FRENCH)).isEqualTo("Dashboard");
        assertThat(provider.getTranslation("dashboard.welcome", Locale.GERMAN, "Jürgen")).isEqualTo("Willkommen, Jürgen");
    }

    @Test
    void counts_take_real_plural_forms_in_both_languages() {
        var provider = new TranslationProvider();
        assertThat(provider.getTranslation("tag.merged", Locale.ENGLISH, 1, "Wahl")).isEqualTo("1 keyword merged into “Wahl”.");
        assertThat(provider.getTranslation("tag.merged", Locale.ENGLISH, 3, "Wahl")).isEqualTo("3 keywords merged into “Wahl”.");
        assertThat(provider.getTranslation("tag.merged", Locale.GERMAN, 1, "Wahl"))
                .isEqualTo("1 Schlagwort in „Wahl“ zusammengeführt.");
        assertThat(provider.getTranslation("tag.merged", Locale.GERMAN, 2, "Wahl"))
                .isEqualTo("2 Schlagwörter in „Wahl“ zusammengeführt.");
        assertThat(provider.getTranslation("comment.bulk.done.approved", Locale.GERMAN, 1000))
                .isEqualTo("1.000 Kommentare freigegeben");
        assertThat(provider.getTranslation("comment.bulk.done.approved", Locale.GERMAN, 1))
                .isEqualTo("1 Kommentar freigegeben");
        assertThat(provider.getTranslation("comment.bulk.done.approved", Locale.ENGLISH, 1000))
                .isEqualTo("1,000 comments approved");
    }

    @Test
    void every_text_with_arguments_is_a_valid_message_format() throws IOException {
        for (String base : TranslationProvider.discoverBundles()) {
            for (String file : new String[] {base + ".properties", base + "_de.properties"}) {
                load(file).forEach((k, v) -> {
                    if (((String) v).contains("{")) {
                        var locale = file.endsWith("_de.properties") ? Locale.GERMAN : Locale.ENGLISH;
                        assertThat(new com.ibm.icu.text.MessageFormat((String) v, locale)).as("%s in %s", k, file)
                                .isNotNull();
                    }
                });
            }
        }
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return props;
        }
    }
}
