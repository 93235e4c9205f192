package de.newsroom.console.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the German bundles to the words of docs/glossary.md: one word per concept. */
class GlossaryTest {

    /** The synonyms the glossary rules out, with the word to use instead. */
    private static final Map<String, String> NOT_IN_GERMAN = Map.ofEntries(
            Map.entry("Kategorie", "Rubrik"),
            Map.entry("Ressort", "Rubrik"),
            Map.entry("Schlagworte", "Schlagwörter"),
            Map.entry("Stichwort", "Schlagwort"),
            Map.entry("Dashboard", "Übersicht"),
            Map.entry("Benutzerkonto", "Konto"),
            // The person who wrote a comment: "Verfasser" read as the article's authors in the menu (those are
            // "Autor:in", the list "Autorenzeile").
            Map.entry("Absender", "Kommentierende"),
            Map.entry("Verfasser", "Kommentierende"),
            Map.entry("Kommentator", "Kommentierende"),
            Map.entry("Gesperrtes Wort", "Sperrwort"),
            Map.entry("Alt-Text", "Alternativtext"),
            Map.entry("Bildtext", "Bildunterschrift"),
            Map.entry("Byline", "Autorenzeile"),
            Map.entry("Inhalt", "Text"),
            Map.entry("Fließtext", "Text"));

    @Test
    void german_bundles_use_the_glossary_words_only() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String base : TranslationProvider.discoverBundles()) {
            Properties de = load(base + "_de.properties");
            de.forEach((key, value) -> NOT_IN_GERMAN.forEach((word, instead) -> {
                if (Pattern.compile("(?iu)(?<!\\p{L})" + word + "\\p{L}*").matcher((String) value).find()) {
                    offences.add(base + ": " + key + " uses '" + word + "', the glossary says '" + instead + "'");
                }
            }));
        }
        assertThat(offences).isEmpty();
    }

    /**
     * The English bundles follow the same rule: the comment's writer is its "author", as in the queue's column; what
     * German calls "Schlagwort" is a "keyword" everywhere (the editor, the list, the reader page, the admin view); the
     * article's text is its "text", as the editor's field says ("Text (Markdown)"), not its "body" (the code's name).
     */
    private static final Map<String, String> NOT_IN_ENGLISH = Map.of("sender", "author", "commenter", "author",
            "tag", "keyword", "body", "text");

    @Test
    void english_bundles_use_one_word_per_concept_too() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String base : TranslationProvider.discoverBundles()) {
            Properties en = load(base + ".properties");
            en.forEach((key, value) -> NOT_IN_ENGLISH.forEach((word, instead) -> {
                if (Pattern.compile("(?iu)(?<!\\p{L})" + word + "(?:s|ged|ging|ger)?(?!\\p{L})")
                        .matcher((String) value).find()) {
                    offences.add(base + ": " + key + " uses '" + word + "', say '" + instead + "'");
                }
            }));
        }
        assertThat(offences).isEmpty();
    }

    /** The glossary's row for the article's text names the words the bundles use, and the editor's field agrees. */
    @Test
    void the_article_text_has_one_word_in_the_glossary_and_in_the_editor() throws IOException {
        String row = Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| The article's text |")).findFirst().orElseThrow();
        String[] cells = row.split("\\|");
        assertThat(cells[2].strip()).startsWith("Text ");
        assertThat(cells[3].strip()).startsWith("text ");
        assertThat(load("i18n/article.properties").getProperty("article.field.body")).startsWith("Text");
        assertThat(load("i18n/article_de.properties").getProperty("article.field.body")).startsWith("Text");
        var english = Pattern.compile("(?iu)(?<!\\p{L})body(?:s|ged|ging|ger)?(?!\\p{L})");
        assertThat(english.matcher("The request body is not valid JSON").find()).isTrue();
        assertThat(english.matcher("Publishing needs a text.").find()).isFalse();
    }

    /** The commenters' menu entry and view title say the glossary's word, not one that reads as article authors. */
    @Test
    void the_commenter_has_one_word_in_the_glossary_and_in_the_menu() throws IOException {
        String row = Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| The person who wrote a comment |")).findFirst().orElseThrow();
        assertThat(row.split("\\|")[2].strip()).startsWith("Kommentierende");
        Properties de = load("i18n/comment_de.properties");
        assertThat(de.getProperty("menu.moderation.commenters")).isEqualTo("Kommentierende");
        assertThat(de.getProperty("comment.commenters.title")).isEqualTo("Kommentierende");
        var finder = Pattern.compile("(?iu)(?<!\\p{L})Verfasser\\p{L}*");
        assertThat(finder.matcher("Frühere Kommentare dieses Verfassers").find()).isTrue();
        assertThat(finder.matcher("Frühere Kommentare dieser Person").find()).isFalse();
    }

    /**
     * The people who decide comments are "die Moderation" (the role's name in the user menu), not the generic masculine
     * "Moderatoren": the UI writes "Autor:in" and "Leserinnen und Leser". Both forms stand only as the pair "eine
     * Moderatorin oder ein Moderator".
     */
    @Test
    void german_bundles_say_moderation_not_the_generic_masculine() throws IOException {
        String row = Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| The people who decide comments")).findFirst().orElseThrow();
        assertThat(row.split("\\|")[2].strip()).startsWith("Moderation");
        assertThat(load("i18n/messages_de.properties").getProperty("role.MODERATOR")).isEqualTo("Moderation");
        List<String> offences = new ArrayList<>();
        for (String base : TranslationProvider.discoverBundles()) {
            load(base + "_de.properties").forEach((key, value) -> {
                if (genericModerator((String) value)) {
                    offences.add(base + ": " + key + " says '" + value + "'");
                }
            });
        }
        assertThat(offences).isEmpty();
        assertThat(genericModerator("Heute von Moderatoren entschieden")).isTrue();
        assertThat(genericModerator("Entscheidungen je Moderator, letzte 7 Tage")).isTrue();
        assertThat(genericModerator("bis eine Moderatorin oder ein Moderator die Sperre aufhebt")).isFalse();
        assertThat(genericModerator("Heute von der Moderation entschieden")).isFalse();
    }

    private static boolean genericModerator(String text) {
        return Pattern.compile("(?u)(?<!\\p{L})Moderator(?:en|s)?(?!\\p{L}|:in)")
                .matcher(text.replace("Moderatorin oder ein Moderator", "")).find();
    }

    /** Readers are "Leserinnen und Leser" or "die Leserschaft", never "Leser" alone; compounds (Leserseite) stay. */
    @Test
    void german_bundles_name_readers_in_both_forms() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String base : TranslationProvider.discoverBundles()) {
            load(base + "_de.properties").forEach((key, value) -> {
                if (genericReader((String) value)) {
                    offences.add(base + ": " + key + " says '" + value + "'");
                }
            });
        }
        assertThat(offences).isEmpty();
        assertThat(genericReader("Beanstandungen von Lesern")).isTrue();
        assertThat(genericReader("Leser sehen diesen Text")).isTrue();
        assertThat(genericReader("Leserinnen und Leser sehen diesen Text")).isFalse();
        assertThat(genericReader("Leserinnen, Leser und die API")).isFalse();
        assertThat(genericReader("Beanstandungen aus der Leserschaft auf der Leserseite")).isFalse();
    }

    private static boolean genericReader(String text) {
        return Pattern.compile("(?u)(?<!\\p{L})Leser(?:n|s)?(?!\\p{L})")
                .matcher(text.replace("Leserinnen und Leser", "").replace("Leserinnen, Leser", "")).find();
    }

    @Test
    void the_check_finds_a_synonym_inside_a_sentence() {
        var finder = Pattern.compile("(?iu)(?<!\\p{L})Kategorie\\p{L}*");
        assertThat(finder.matcher("Neue Kategorien anlegen").find()).isTrue();
        assertThat(finder.matcher("Neue Rubriken anlegen").find()).isFalse();
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = GlossaryTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return props;
        }
    }
}
