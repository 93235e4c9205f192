package de.newsroom.console.tag.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.tag.TagKeys;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class KeywordSuggestionServiceTest {

    static final String KASPERSKY_TITLE = "Kaspersky beendet Geschäft in den USA nach Verbot";
    static final String KASPERSKY_LEAD = "Nach dem Verbot von Kaspersky-Produkten in den USA sieht die russische Firma "
            + "dort keine tragfähige Geschäftsgrundlage mehr und zieht sich ab dem 20. Juli 2024 schrittweise zurück. "
            + "Alle Mitarbeiter werden entlassen.";
    static final String KASPERSKY_BODY = """
            ## Hintergrund des Verbots

            Im Juni 2024 erließ die US-Regierung ein umfassendes Verbot für Softwareprodukte des russischen \
            IT-Sicherheitsunternehmens Kaspersky. Dieses Verbot betrifft nicht nur den Verkauf und die Nutzung der \
            Software, sondern auch alle Dienstleistungen, die US-amerikanische Unternehmen für Kaspersky erbringen \
            könnten. Ab Ende September wird es auch illegal sein, Kaspersky-Produkte herunterzuladen oder zu \
            aktualisieren. Diese Maßnahmen bedeuten, dass es keine täglichen Updates für die Antivirensoftware mehr \
            geben wird.

            ## Auswirkungen auf Kaspersky

            Nach sorgfältiger Prüfung der Auflagen kam Kaspersky zu dem Schluss, dass ein weiteres Geschäft in den USA \
            nicht mehr tragfähig sei. Daher hat das Unternehmen beschlossen, seine Aktivitäten dort schrittweise \
            einzustellen und alle Mitarbeiter zu entlassen. Der Rückzug betrifft weniger als 50 Mitarbeiter, die nun \
            vor einer ungewissen Zukunft stehen. Die Firma zieht damit einen Schlussstrich.
            """;

    // Verbs and function words that appear in the test texts and must never be suggested.
    static final Set<String> NEVER = Set.of("zieht", "beendet", "sieht", "werden", "betrifft", "kam", "stehen",
            "sinken", "steigen", "sagt", "der", "die", "das", "und", "nach", "dem", "den", "alle", "diese", "dort",
            "mehr", "nicht", "russische", "schrittweise", "neue", "erhöht", "wechselt");

    @Autowired
    KeywordSuggestionService suggestions;

    @Autowired
    TagService tags;

    @Autowired
    CorpusStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    @BeforeEach
    void aSmallPublishedCorpus() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        var articles = new TaxonomyTestArticles(jdbc);
        if (jdbc.queryForObject("select count(*) from article where title like 'Korpus:%'", Integer.class) > 0) {
            return;
        }
        articles.published(null, "Korpus: Stadtwerke senken die Strompreise", "Die Stadtwerke geben gesunkene "
                + "Einkaufspreise weiter.", "Die Unternehmen sagt, die Kunden sparen. Die Stadtwerke erhöht nichts. "
                + "Mitarbeiter der Stadtwerke beraten die Kunden im Unternehmen.");
        articles.published(null, "Korpus: Trainer wechselt zum Rivalen", "Der Verein verliert seinen Trainer.",
                "Die Mitarbeiter des Vereins sind überrascht. Der Trainer sagt, er freue sich auf das Unternehmen.");
        articles.published(null, "Korpus: Neue Bibliothek eröffnet", "Die Stadt feiert ihre Bibliothek.",
                "Das Unternehmen, das die Bibliothek baute, zieht nun weiter. Die Leser kommen in Scharen.");
        statistics.refresh();
    }

    @Test
    void the_kaspersky_article_gets_its_distinctive_nouns_and_no_verb_or_stop_word() {
        List<KeywordSuggestion> top = suggestions.suggest(KASPERSKY_TITLE, KASPERSKY_LEAD, KASPERSKY_BODY, 8);

        assertThat(top).hasSizeBetween(5, 8);
        List<String> names = top.stream().map(KeywordSuggestion::name).toList();
        assertThat(names.subList(0, 5)).contains("Kaspersky")
                .allSatisfy(n -> assertThat(NEVER).doesNotContain(n.toLowerCase(Locale.GERMAN)));
        assertThat(names).contains("USA").containsAnyOf("Verbot", "Verbote");
        assertThat(names).allSatisfy(n -> assertThat(Character.isUpperCase(n.codePointAt(0))).isTrue());
        assertThat(top.getFirst().score()).isEqualTo(1.0);
        assertThat(top).extracting(KeywordSuggestion::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void an_existing_tag_is_suggested_under_its_own_name_only_when_the_text_writes_it() {
        TagRef usa = tags.findOrCreate("USA");
        TagRef verbote = tags.findOrCreate("Verbote");

        List<KeywordSuggestion> top = suggestions.suggest(KASPERSKY_TITLE, KASPERSKY_LEAD, KASPERSKY_BODY, 8);

        assertThat(top).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("USA");
            assertThat(s.existingTagId()).isEqualTo(usa.id());
        });
        // The text writes "Verbot" and "Verbots", never "Verbote": sharing a stem is not enough.
        assertThat(top).noneSatisfy(s -> assertThat(s.existingTagId()).isEqualTo(verbote.id()));
        assertThat(top).extracting(KeywordSuggestion::name).contains("Verbot");
    }

    @Test
    void households_do_not_bring_up_the_budget_tag() {
        TagRef budget = tags.findOrCreate("Haushalt");

        List<KeywordSuggestion> top = suggestions.suggest("Energiepreise: Haushalte sollen weniger zahlen",
                "Private Haushalte sollen bei Strom und Gas entlastet werden.",
                "Viele Haushalte zahlen zu viel. Den Haushalten fehlt Geld, sagen die Verbraucherschützer.", 8);

        assertThat(top).noneSatisfy(s -> assertThat(s.existingTagId()).isEqualTo(budget.id()));
        assertThat(top).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Haushalte");
            assertThat(s.existingTagId()).isNull();
        });
    }

    @Test
    void a_multi_word_name_is_one_chip_and_its_parts_none() {
        List<KeywordSuggestion> top = suggestions.suggest("Sperrung: Kieler Straße bleibt bis Juli dicht",
                "Die Kieler Straße wird saniert; Stadtentwicklungssenatorin Karen Pein verteidigt die Baustelle.",
                "Pein sagt, die Kieler Straße sei marode. Auch Müller & Söhne liefern Material für die Straße. "
                        + "Der FC St. Pauli spielt trotzdem, St. Pauli rechnet mit Staus.", 8);

        List<String> names = top.stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Kieler Straße", "Karen Pein", "FC St. Pauli", "Müller & Söhne")
                .doesNotContain("Kieler", "Pein", "Karen", "FC", "Pauli", "Müller", "Söhne", "Sperrung: Kieler");
    }

    @Test
    void a_person_the_dictionary_does_not_know_and_a_hyphenated_place_stay_whole() {
        List<KeywordSuggestion> top = suggestions.suggest("Fußball: Marzahn-Hellersdorf feiert seinen Kapitän",
                "Vor dem Rathaus in Marzahn-Hellersdorf empfingen Fans Kapitän Jackson Irvine.",
                "Irvine sprach vom schönsten Tag seiner Laufbahn. Der Bezirk Marzahn-Hellersdorf plant ein Fest.", 8);

        List<String> names = top.stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Jackson Irvine", "Marzahn-Hellersdorf")
                .doesNotContain("Irvine", "Jackson", "Kapitän Jackson Irvine", "Marzahn", "Hellersdorf");
    }

    @Test
    void a_club_keeps_its_short_form_and_a_firm_or_union_loses_what_only_describes_it() {
        List<String> club = suggestions.suggest("Basketball: Alba Berlin gewinnt das Finale gegen Bayern",
                "Alba Berlin hat den FC Bayern München im Pokalfinale mit 84:79 geschlagen.",
                "Bayern-Coach Gordon Herbert haderte mit der Wurfquote. Alba feiert den Titel.", 8).stream()
                .map(KeywordSuggestion::name).toList();
        assertThat(club).contains("FC Bayern München", "Alba Berlin").doesNotContain("Bayern", "München");

        List<String> union = suggestions.suggest("Möbelhersteller Müller & Söhne schließt Werk in Bielefeld",
                "Die IG BCE und der Hersteller haben sich auf einen Sozialplan geeinigt.",
                "Die Tarifkommission der IG BCE muss noch zustimmen. Der Umbau kostet 1,5 Milliarden Euro, "
                        + "die Schließung weitere 2 Milliarden Euro. Müller & Söhne will die Marke erhalten.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(union).contains("Müller & Söhne", "IG BCE").doesNotContain("Möbelhersteller Müller & Söhne",
                "Tarifkommission der IG BCE", "Milliarden Euro", "BCE", "Söhne");
    }

    @Test
    void a_firms_legal_form_is_no_part_of_its_chip_unless_only_a_common_noun_would_remain() {
        List<String> firm = suggestions.suggest("Brunnhuber & Lang baut in Eichstätt ab",
                "Die Brunnhuber & Lang GmbH schließt ihr Werk in Eichstätt, die Kofler Holzbau GmbH & Co. KG "
                        + "übernimmt die Hallen.",
                "Brunnhuber & Lang will die Verwaltung behalten. Auch die Kofler Holzbau GmbH & Co. KG stellt "
                        + "Leute ein. Die Autobahn GmbH baut derweil die Zufahrt.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        // Round 24: a firm the text writes only with its legal form, never without it, is shown with it ("Kofler
        // Holzbau GmbH & Co. KG", twice); the text's own short form drops it ("Brunnhuber & Lang").
        assertThat(firm).contains("Brunnhuber & Lang", "Kofler Holzbau GmbH & Co. KG")
                .doesNotContain("Brunnhuber & Lang GmbH", "Kofler Holzbau", "Kofler Holzbau GmbH",
                        "GmbH", "Autobahn", "Kofler");
    }

    @Test
    void a_trade_before_a_firms_name_that_the_text_also_writes_bare_is_no_part_of_the_name() {
        List<String> firm = suggestions.suggest("Dachfenster: Tannmeister streicht Stellen",
                "Der Dachfensterhersteller Tannmeister Fenstertechnik GmbH streicht in Waldkirchen 80 Stellen.",
                "Im Frühjahr wollte Tannmeister noch Leute einstellen. Tannmeister Fenstertechnik baut seit 1985 "
                        + "Dachfenster für Neubauten, die Nachfrage nach Dachfenstern ist aber eingebrochen.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        // "Tannmeister" looks like a compound ("Tann", "Meister"), yet the text writes it alone without an article:
        // a name, so the compound before it says what kind of firm it is.
        assertThat(firm).contains("Tannmeister Fenstertechnik")
                .doesNotContain("Dachfensterhersteller Tannmeister Fenstertechnik");
    }

    @Test
    void a_trade_before_a_firms_name_without_a_legal_form_is_no_part_of_the_name_either() {
        List<String> firm = suggestions.suggest("Dachfenster: Tannmeister streicht Stellen",
                "Der Dachfensterhersteller Tannmeister Fenstertechnik streicht in Waldkirchen 80 Stellen.",
                "Im Frühjahr wollte Tannmeister noch Leute einstellen. Tannmeister Fenstertechnik baut seit 1985 "
                        + "Dachfenster für Neubauten, die Nachfrage nach Dachfenstern ist aber eingebrochen.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        assertThat(firm).contains("Tannmeister Fenstertechnik").doesNotContain("Fenstertechnik", "Tannmeister",
                "Dachfensterhersteller Tannmeister Fenstertechnik");
    }

    @Test
    void a_persons_name_before_an_adjective_and_a_noun_is_a_genitive_and_named_without_its_s() {
        List<String> chips = suggestions.suggest("Theater Neustrelitz zeigt altes Singspiel",
                "Das Theater Neustrelitz zeigt Johann Georg von Hallbergs spätes Singspiel als Komödie.",
                "Das Singspiel war seit 1820 nicht mehr zu sehen. Die Regie führt Anna Lindqvist, die Kostüme "
                        + "entwarf Paul Brenner.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        assertThat(chips).contains("Johann Georg von Hallberg").doesNotContain("Johann Georg von Hallbergs");
    }

    @Test
    void a_firms_first_word_written_alone_without_an_article_is_its_short_form() {
        List<String> firm = suggestions.suggest("Kolbmann streicht Stellen",
                "Die Kolbmann Gerätebau GmbH streicht in Lindenau 80 Stellen.",
                "Im Frühjahr wollte Kolbmann noch Leute einstellen. Nun sagt Kolbmann, die Aufträge seien "
                        + "eingebrochen. Kolbmann Gerätebau baut seit 1985 Pumpen.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        assertThat(firm).contains("Kolbmann Gerätebau").doesNotContain("Kolbmann");
    }

    @Test
    void a_common_noun_before_a_genitive_article_and_an_institutions_name_is_a_keyword_of_its_own() {
        List<String> chips = suggestions.suggest("Notaufnahme schließt nachts",
                "Die Notaufnahme des Kommunalen Krankenhauszentrums Altbrück schließt ab Mai nachts.",
                "Patienten müssen dann nach Seewalde fahren. Der Notaufnahme des Kommunalen Krankenhauszentrums "
                        + "Altbrück fehlt Personal, sagt das Krankenhauszentrum. Die Tagesklinik des Kommunalen "
                        + "Krankenhauszentrums Altbrück bleibt offen.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        assertThat(chips).contains("Notaufnahme")
                .noneMatch(chip -> chip.startsWith("Notaufnahme des") || chip.startsWith("Tagesklinik des"))
                .anyMatch(chip -> chip.startsWith("Kommunal") && chip.endsWith("Altbrück"));
    }

    @Test
    void club_abbreviations_and_ordinals_belong_to_the_club_and_an_owner_in_the_genitive_is_named_in_the_nominative() {
        List<String> names = suggestions.suggest("Fußball: SpVgg Unterhaching fordert den 1. FC Köln",
                "Die SpVgg Unterhaching empfängt am Samstag den 1. FC Köln, Trainerin Angela Wendtland ist "
                        + "zuversichtlich.",
                "Angela Wendtlands Plan ist einfach: Die SpVgg will früh stören. Der 1. FC Köln reist mit 3000 Fans "
                        + "an.",
                8).stream().map(KeywordSuggestion::name).toList();

        assertThat(names).contains("SpVgg Unterhaching", "1. FC Köln", "Angela Wendtland")
                .doesNotContain("SpVgg", "FC Köln", "Köln", "Angela Wendtlands", "Angela Wendtlands Plan");
    }

    @Test
    void a_name_in_another_case_is_shown_and_tagged_in_the_nominative() {
        TagRef bahn = tags.findOrCreate("Deutsche Bahn");

        List<KeywordSuggestion> top = suggestions.suggest("Sturm legt Fernverkehr lahm",
                "Nach einer Warnung des Deutschen Wetterdienstes stellte der Konzern den Fernverkehr der Deutschen "
                        + "Bahn im Norden ein.",
                "Der Deutsche Wetterdienst erwartet Orkanböen. Bei der Deutschen Bahn fallen Züge aus.", 8);

        List<String> names = top.stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Deutscher Wetterdienst").doesNotContain("Deutschen Wetterdienstes",
                "Deutschen Bahn");

        List<String> court = suggestions.suggest("Urteil des Landgerichts Bonn: Sparkasse muss Zinsen nachzahlen",
                "Die Zivilkammer des Landgerichts Bonn gab den Sparern recht.",
                "Die Sparkasse will gegen das Urteil des Landgerichts Bonn Berufung einlegen.", 8).stream()
                .map(KeywordSuggestion::name).toList();
        assertThat(court).contains("Landgericht Bonn").doesNotContain("Landgerichts Bonn");
        assertThat(top).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Deutsche Bahn");
            assertThat(s.existingTagId()).isEqualTo(bahn.id());
        });
    }

    @Test
    void a_descriptor_before_a_name_and_a_town_adjective_before_a_noun_make_no_name() {
        List<String> names = suggestions.suggest("Möbelkette Wohnwelt schließt Filialen vor dem Münchner Rathaus",
                "Die Möbelkette Wohnwelt gibt drei Filialen auf, auch die vor dem Münchner Rathaus.",
                "Wohnwelt hatte zuletzt Verluste geschrieben. Wohnwelt will die Beschäftigten übernehmen. Das "
                        + "Rathaus bleibt Treffpunkt.", 8).stream().map(KeywordSuggestion::name).toList();

        assertThat(names).contains("Wohnwelt").doesNotContain("Möbelkette Wohnwelt", "Münchner Rathaus", "Münchner");
    }

    @Test
    void a_town_adjectives_phrase_the_text_names_like_a_name_is_one_chip_and_its_noun_alone_counts_for_it() {
        List<String> names = suggestions.suggest("Eishockey: Die Panther drehen das Derby",
                "Die Augsburger Panther haben das Derby gegen Ingolstadt mit 4:3 gewonnen.",
                "Panther-Kapitän Felix Brunner traf zweimal. Die Panther liegen nun auf Platz sechs. Vor dem "
                        + "Augsburger Rathaus feierten die Fans bis in die Nacht.", 8).stream()
                .map(KeywordSuggestion::name).toList();

        // "Panther-Kapitän": German hyphenates a compound on a name; no compound names the town hall that way.
        assertThat(names).contains("Augsburger Panther").doesNotContain("Panther", "Augsburger Rathaus", "Augsburger");

        List<String> utility = suggestions.suggest("Rohrbruch: Stadtwerke sperren die Hauptleitung",
                "Die Stadtwerke Bochum haben nach einem Rohrbruch die Hauptleitung gesperrt.",
                "Die Stadtwerke rechnen mit zwei Tagen Reparatur, sagte Stadtwerke-Sprecherin Ines Vogt. Die "
                        + "Stadtwerke bitten um Geduld.", 8).stream().map(KeywordSuggestion::name).toList();
        assertThat(utility).contains("Stadtwerke Bochum").doesNotContain("Stadtwerke");
    }

    @Test
    void a_name_with_a_preposition_inside_stays_whole_and_a_date_after_an_institution_makes_none() {
        List<String> school = suggestions.suggest("Schulhof: Gymnasium Am Wasserturm pflanzt Linden",
                "Am Gymnasium Am Wasserturm in Bochum pflanzen Schüler zwanzig Linden.",
                "Die Idee kam von der Schülervertretung. Am Wasserturm soll der Schulhof bis zum Herbst grün sein, "
                        + "am Wasserturm fehlt bisher jeder Schatten.", 8).stream().map(KeywordSuggestion::name)
                .toList();
        // A capitalised preposition in the middle of a sentence belongs to a name.
        assertThat(school).contains("Gymnasium Am Wasserturm").doesNotContain("Wasserturm", "Gymnasium");

        List<String> towns = suggestions.suggest("Buchmesse: Verlage zieht es nach Frankfurt am Main",
                "Die Buchmesse in Frankfurt am Main meldet mehr Aussteller als je zuvor, auch die Realschule an "
                        + "der Ruhr stellt aus.",
                "Frankfurt am Main erwartet 200.000 Besucher. Die Realschule an der Ruhr zeigt Schülerzeitungen. "
                        + "Wer das Museum am Sonntag besucht, zahlt nichts.", 8).stream()
                .map(KeywordSuggestion::name).toList();
        // A town named by its river, an institution named by its place; a day is no place.
        assertThat(towns).contains("Frankfurt am Main", "Realschule an der Ruhr")
                .doesNotContain("Main", "Ruhr", "Museum am Sonntag");
    }

    @Test
    void a_name_with_a_preposition_inside_ends_at_the_lower_case_words_around_it() {
        List<String> names = suggestions.suggest("Logistik: Neues Lager für Spedition Kranich",
                "Die Spedition baut ihr Lager auf einer Brachfläche an der Straße Zum Kiesgrund im Süden der "
                        + "Gemeinde.",
                "Das Lager soll im Sommer fertig sein. Die Brachfläche lag zwanzig Jahre brach. An der Straße Zum "
                        + "Kiesgrund entstehen zusätzlich zwei Ampeln.", 8).stream().map(KeywordSuggestion::name)
                .toList();

        // Round 6 made one chip of "Brachfläche an der Straße Zum Kiesgrund im Süden der Gemeinde".
        assertThat(names).allSatisfy(n -> assertThat(n.split(" ")).hasSizeLessThanOrEqualTo(6))
                .noneMatch(n -> n.contains("Brachfläche ") || n.contains(" im ") || n.startsWith("Straße Zum"));
    }

    @Test
    void a_name_ending_in_s_that_the_text_also_writes_alone_is_no_genitive_owner() {
        List<String> names = suggestions.suggest("Lyrik: Hedwig Brandes Preis für Pia Holm",
                "Der Hedwig Brandes Preis geht in diesem Jahr an die Kieler Lyrikerin Pia Holm.",
                "Gestiftet wurde der Hedwig Brandes Preis von Freunden der Dichterin Hedwig Brandes. Pia Holm "
                        + "bekommt 8000 Euro.", 8).stream().map(KeywordSuggestion::name).toList();

        // "Thomas Manns Roman" is a genitive (see above); "Brandes" ends a name elsewhere and "Brande" is never written.
        assertThat(names).contains("Hedwig Brandes Preis").doesNotContain("Hedwig Brande", "Preis");
    }

    @Test
    void a_town_named_by_its_river_keeps_its_town_alone_even_when_another_town_is_a_tag() {
        // Another Mühldorf is a tag already; the dictionary does not know this one.
        tags.findOrCreate("Mühldorf");

        List<KeywordSuggestion> top = suggestions.suggest("Hochwasser in Mühldorf an der Donau",
                "Mühldorf an der Donau räumt die Uferwege.",
                "In Mühldorf stehen Keller unter Wasser. Mühldorf hofft auf trockene Tage, die Feuerwehr pumpt in "
                        + "Mühldorf rund um die Uhr.", 8);

        List<String> names = top.stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Mühldorf an der Donau").doesNotContain("Mühldorf", "Donau");
    }

    @Test
    void a_capitalised_adjective_in_mid_sentence_opens_a_name_shown_in_the_nominative_with_its_noun_as_short_form() {
        List<String> plant = suggestions.suggest("Abwasser: Neue Filter gegen Arzneireste",
                "Das Städtische Klärwerk Bautzen rüstet seine Becken mit Aktivkohlefiltern aus.",
                "Die Leiterin des Städtischen Klärwerks, Jana Krüger, rechnet mit zwei Jahren Bauzeit. Das Klärwerk "
                        + "reinigt das Abwasser von 60.000 Menschen. Aktivkohlefilter halten Arzneireste zurück.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        // German writes an attributive adjective in lower case except inside a name; "des Städtischen Klärwerks" and
        // "das Klärwerk" are the same name.
        assertThat(plant).contains("Städtisches Klärwerk Bautzen")
                .doesNotContain("Klärwerk", "Städtische", "Städtisches Klärwerk", "Städtischen Klärwerks");

        List<String> care = suggestions.suggest("Pflege: Gemeinde gründet eigenes Pflegezentrum",
                "Die Gemeinde Wendelstein will ein eigenes Ambulantes Pflegezentrum gründen.",
                "Das Pflegezentrum soll im Herbst öffnen. Im Ambulanten Pflegezentrum arbeiten dann zwölf "
                        + "Pflegekräfte. Bisher stellten Beschäftigte Rechnungen an private Dienste.", 8).stream()
                .map(KeywordSuggestion::name).toList();
        // "stellten Beschäftigte Rechnungen": no article before it, a nominalised adjective and its object.
        assertThat(care).contains("Ambulantes Pflegezentrum")
                .doesNotContain("Pflegezentrum", "Ambulanten Pflegezentrum", "Beschäftigte Rechnungen");
    }

    @Test
    void an_adjective_before_a_plural_name_takes_the_plural_ending() {
        List<String> names = suggestions.suggest("Kultur: Die Norddeutschen Filmtage Husum beginnen",
                "Die Norddeutschen Filmtage Husum zeigen in diesem Jahr vierzig Filme aus Skandinavien.",
                "Zum ersten Mal finden die Norddeutschen Filmtage Husum im neuen Kino am Hafen statt. Die "
                        + "Kaufmännischen Schulen Husum stellen Helferinnen und Helfer; die Kaufmännischen Schulen "
                        + "haben dafür eine eigene Projektwoche.", 8).stream().map(KeywordSuggestion::name).toList();
        // "Tage" is also an old dative singular and "Schulen" a nominalised verb ("das Schulen"); the name is plural.
        assertThat(names).contains("Norddeutsche Filmtage Husum")
                .doesNotContain("Norddeutscher Filmtage Husum", "Kaufmännisches Schulen Husum");
    }

    @Test
    void a_noun_before_an_adjectives_name_names_an_institution_and_a_noun_before_a_place_is_no_descriptor() {
        List<String> reserve = suggestions.suggest("Schwäbische Alb zählt mehr Wanderer",
                "Die Schwäbische Alb meldet so viele Wanderer wie nie. Das Biosphärenreservat Schwäbische Alb "
                        + "will die Wege besser ausschildern.",
                "Im Biosphärenreservat gelten strenge Regeln für Hunde. Auf der Schwäbischen Alb fehlen "
                        + "Parkplätze.", 8).stream().map(KeywordSuggestion::name).toList();
        // The adjective cannot belong to the noun before it: the noun names an institution after the region.
        assertThat(reserve).contains("Schwäbische Alb", "Biosphärenreservat Schwäbische Alb")
                .doesNotContain("Biosphärenreservat");

        List<String> club = suggestions.suggest("Handball: Pokalfinale in Hohenbrück",
                "Im Pokalfinale trifft der Gastgeber auf Titelverteidiger Eintracht Bergfelde.",
                "Für die Eintracht wäre es der fünfte Pokalsieg. In Bergfelde wird schon gefeiert, das Pokalfinale "
                        + "ist ausverkauft.", 8).stream().map(KeywordSuggestion::name).toList();
        // A place after a common noun says what it is ("Bäckereikette Sonnenkorn" is a descriptor and a name).
        assertThat(club).contains("Eintracht Bergfelde").doesNotContain("Eintracht");
    }

    @Test
    void an_institution_named_by_its_place_is_one_chip_and_its_word_alone_counts_for_it() {
        List<String> names = suggestions.suggest("Kreistag beschließt Schulbusse",
                "Der Kreistag Ostholstein hat am Montag mehr Schulbusse beschlossen.",
                "Bisher fahren in Ostholstein zu wenige Busse. Der Kreistag will dafür zwei Millionen Euro "
                        + "ausgeben.", 8).stream().map(KeywordSuggestion::name).toList();

        assertThat(names).contains("Kreistag Ostholstein").doesNotContain("Kreistag");
    }

    @Test
    void a_word_used_mostly_inside_one_longer_capitalised_phrase_is_no_chip_of_its_own() {
        // "Markt" is a tag in another sense; this text only writes it inside the square's name.
        tags.findOrCreate("Markt");

        List<String> names = suggestions.suggest("Flohmarkt zieht auf den Platz der Einheit",
                "Der Flohmarkt der Stadt Wittlich findet ab Mai auf dem Platz der Einheit statt, das Galeriehaus am "
                        + "Markt stellt dort Bilder aus.",
                "Bisher standen die Flohmarkthändler am Bahnhof. Der Platz der Einheit bietet mehr Raum, sagt das "
                        + "Galeriehaus am Markt. Auch der Flohmarkt im Herbst zieht auf den Platz der Einheit. Im "
                        + "Galeriehaus am Markt gibt es dann Kaffee.", 8).stream().map(KeywordSuggestion::name)
                .toList();

        assertThat(names).contains("Platz der Einheit", "Galeriehaus am Markt")
                .doesNotContain("Einheit", "Markt", "Galeriehaus", "Platz");
    }

    @Test
    void a_word_that_the_text_mostly_writes_alone_stays_a_chip_and_a_town_keeps_its_final_e() {
        List<String> names = suggestions.suggest("Tennis: Pokal für Blau-Weiß Ludwigswalde",
                "Die Tennisspieler aus Ludwigswalde gewinnen den Pokal gegen den Turnierfavoriten.",
                "In Ludwigswalde feierten die Fans den Pokal bis spät. Der Pokal steht nun im Rathaus von "
                        + "Ludwigswalde. Den Pokal der Stadt Ludwigswalde überreichte der Bürgermeister.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        // "Walde" is an old dative of "Wald"; a town the dictionary lacks keeps its name.
        assertThat(names).contains("Pokal", "Ludwigswalde").doesNotContain("Ludwigswald");
    }

    @Test
    void a_quoted_title_keeps_its_article_and_a_quoted_sentence_makes_no_name() {
        List<String> names = suggestions.suggest("Theater: Premiere für „Der Leuchtturm“ in Kiel",
                "Das Stück „Der Leuchtturm“ feiert am Samstag im Kieler Schauspielhaus Premiere.",
                "Gespielt wird zwei Stunden ohne Pause. Der Regisseur sagte: „Die Proben waren hart.“ Nach „Der "
                        + "Leuchtturm“ folgt im Frühjahr eine Komödie.", 8).stream().map(KeywordSuggestion::name)
                .toList();

        assertThat(names).contains("Der Leuchtturm").doesNotContain("Leuchtturm", "Die Proben");
    }

    @Test
    void a_noun_that_general_german_uses_often_ranks_below_a_rarer_one_written_as_often() {
        assertThat(GeneralFrequency.lookup().frequency("Kirche")).isGreaterThan(GeneralFrequency.lookup()
                .frequency("Uhrmacher"));

        List<KeywordSuggestion> top = suggestions.suggest("Streit um Kirche und Uhrmacher",
                "Im Dorf streiten die Kirche und der Uhrmacher um die Turmuhr.",
                "Die Kirche will sparen, der Uhrmacher will sein Geld.", 8);

        // Both stand in the same places equally often and in no published article: only general German tells them.
        double church = top.stream().filter(s -> s.name().equals("Kirche")).findFirst().orElseThrow().score();
        double watchmaker = top.stream().filter(s -> s.name().equals("Uhrmacher")).findFirst().orElseThrow()
                .score();
        assertThat(watchmaker).isGreaterThan(church);
    }

    @Test
    void a_short_energy_article_is_about_nouns_that_are_rare_in_the_corpus() {
        List<KeywordSuggestion> top = suggestions.suggest(
                "Strompreise sinken leicht – doch viele Verbraucher profitieren erst spät",
                "Die Großhandelspreise für Strom sind gefallen. Bei vielen Haushalten kommt davon wenig an.",
                "Die Verbraucherzentrale rät, den Tarif zu prüfen. Viele Verbraucher zahlen zu viel, sagt die "
                        + "Beraterin. Ein Wechsel des Tarifs dauert nur wenige Tage, die Verbraucher sparen so Geld. "
                        + "Die Stadtwerke steigen nicht aus.", 8);

        List<String> names = top.stream().map(KeywordSuggestion::name).toList();
        // How high "Verbraucher" ranks depends on how many other test articles mention consumers; "Tarif" is rare.
        // Since round 9's fitted score a word that stands only late in the body ("Tarif") ranks below the headline's
        // and lead's nouns ("Großhandelspreise", "Haushalten"), so it is asked among the eight, no longer the five.
        assertThat(names).hasSizeLessThanOrEqualTo(8).contains("Tarif");
        assertThat(names.subList(0, Math.min(5, names.size())))
                .containsAnyOf("Verbraucher", "Verbraucherzentrale", "Strom");
        assertThat(names).allSatisfy(n -> assertThat(NEVER).doesNotContain(n.toLowerCase(Locale.GERMAN)));
    }

    @Test
    void on_the_demo_corpus_suggestions_are_nouns_and_often_match_the_editors_own_tags() throws Exception {
        var articles = new TaxonomyTestArticles(jdbc);
        List<String[]> corpus = new java.util.ArrayList<>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:demo/articles/*.md")) {
            String text = resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^---\\s*$", 3);
            String front = parts[1];
            String title = field(front, "title");
            String[] paragraphs = parts[2].strip().split("\\R\\s*\\R", 2);
            String lead = paragraphs[0];
            String body = paragraphs.length > 1 ? paragraphs[1] : "";
            if ("PUBLISHED".equals(field(front, "status"))) {
                if (jdbc.queryForObject("select count(*) from article where title = ?", Integer.class, title) == 0) {
                    articles.published(null, title, lead, body);
                }
                corpus.add(new String[] {title, lead, body, field(front, "tags")});
            }
        }
        assertThat(corpus).hasSizeGreaterThan(20);
        statistics.refresh();

        int matched = 0;
        for (String[] a : corpus) {
            List<KeywordSuggestion> top = suggestions.suggest(a[0], a[1], a[2], 8);
            List<String> names = top.stream().map(KeywordSuggestion::name).toList();
            for (String name : names.subList(0, Math.min(5, names.size()))) {
                // german_stem answers {} for exactly the stop words.
                assertThat(jdbc.queryForObject("select cardinality(ts_lexize('german_stem', lower(?)))", Integer.class,
                        name)).as("%s suggested for %s", name, a[0]).isEqualTo(1);
                assertThat(Character.isUpperCase(name.codePointAt(0))).as(name).isTrue();
            }
            Set<String> editorKeys = java.util.Arrays.stream(a[3].split(",")).map(TagKeys::key)
                    .collect(java.util.stream.Collectors.toSet());
            if (names.stream().map(TagKeys::key).anyMatch(editorKeys::contains)) {
                matched++;
            }
        }
        // Measured: see docs/features/taxonomy.md. The editors' tags are often broader than the text's own nouns.
        System.out.printf("keyword suggestions: %d of %d demo articles share a suggestion with the editor's tags%n",
                matched, corpus.size());
        assertThat(matched).isGreaterThanOrEqualTo(corpus.size() / 3);
    }

    private static String field(String frontMatter, String name) {
        return frontMatter.lines().filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1).strip())
                .findFirst().orElse("");
    }

    @Test
    void a_suggestion_costs_two_statements_however_long_the_text_and_large_the_corpus() {
        var short_ = de.newsroom.console.StatementCounter.count(() -> suggestions.suggest(KASPERSKY_TITLE, null,
                null, 8));
        var articles = new TaxonomyTestArticles(jdbc);
        for (int i = 0; i < 30; i++) {
            articles.published(null, "Korpus: Stadtrat berät Etat, Sitzung " + i, "Der Stadtrat tagt.",
                    "Die Verwaltung legt dem Stadtrat die Zahlen vor. Die Sitzung dauert bis zum Abend.");
        }
        statistics.refresh();
        var longer = de.newsroom.console.StatementCounter.count(() -> suggestions.suggest(KASPERSKY_TITLE,
                KASPERSKY_LEAD, KASPERSKY_BODY.repeat(5), 8));
        // The other tests in this context keep their small corpus.
        jdbc.update("delete from article where title like 'Korpus: Stadtrat berät Etat%'");
        statistics.refresh();

        assertThat(short_.count()).as("statements: %s", short_.statements()).isEqualTo(2);
        assertThat(longer.count()).as("statements: %s", longer.statements()).isEqualTo(2);
        // Both look-ups go by key (taxonomy_lexeme_df by word, tag by key, tag_alias by key), never per word.
        assertThat(longer.statements()).allSatisfy(sql -> assertThat(sql).containsAnyOf("= any(?)",
                "unnest(?::text[])"));
        assertThat(longer.result()).isNotEmpty();
    }

    @Test
    void a_word_joined_to_a_number_by_a_hyphen_is_no_keyword_of_its_own() {
        KeywordText text = KeywordText.of("Prozess: 34-Jähriger nach Einbruch verurteilt",
                "Das Amtsgericht hat einen 34-Jährigen verurteilt, der in eine Apotheke eingebrochen war.",
                "Die Beute lag in seiner 3-Zimmer-Wohnung. Eine 52-jährige Zeugin und der 20.000-Einwohner-Ort "
                        + "Kellinghusen kamen zur Sprache.");
        List<KeywordText.Occ> words = text.chains.stream().flatMap(List::stream).toList();
        assertThat(words).extracting(o -> o.surface).contains("34-Jähriger", "34-Jährigen", "3-Zimmer-Wohnung",
                "20.000-Einwohner-Ort").doesNotContain("Jährigen", "Jähriger", "Zimmer-Wohnung", "Einwohner-Ort");
        assertThat(words).filteredOn(o -> o.surface.startsWith("34-")).allMatch(o -> o.number);

        List<String> names = suggestions.suggest("Prozess: 34-Jähriger nach Einbruch verurteilt",
                "Das Amtsgericht hat einen 34-Jährigen wegen Einbruchs verurteilt.",
                "Der 34-Jährige hatte die Beute in einer 3-Zimmer-Wohnung versteckt. Der Einbruch in die Apotheke "
                        + "war der dritte in diesem Winter.", 8).stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Einbruch").doesNotContain("Jährigen", "Jähriger", "Jährige", "Zimmer-Wohnung",
                "Zimmer");
    }

    @Test
    void an_article_that_opens_a_sentence_is_no_capitalised_neighbour_of_the_word_after_it() {
        // "Die Weberei, die ...": the sentence's capitalised article does not make "Weberei" part of a longer run, so
        // "Weberei" is written alone there and is no mere description before the town's name.
        List<String> names = suggestions.suggest("Weberei Falkenrode: Aufträge brechen ein",
                "Die Weberei Falkenrode schickt neunzig Beschäftigte in Kurzarbeit.",
                "Die Weberei, die seit 1907 in Falkenrode produziert, ist der größte Arbeitgeber im Ort. In "
                        + "Falkenrode hofft man auf neue Aufträge.", 8).stream().map(KeywordSuggestion::name)
                .toList();

        assertThat(names).contains("Weberei Falkenrode").doesNotContain("Weberei", "Falkenrode");
    }

    @Test
    void a_compound_on_a_three_letter_noun_is_a_common_noun_and_no_persons_first_name() {
        GermanDictionary.Lookup dictionary = GermanDictionary.lookup();
        // The dictionary lists few compounds; "Rat", "Tag", "Amt" are too short for the search for longer heads.
        assertThat(dictionary.entry("Kreistag").known()).isFalse();
        assertThat(List.of("Kreistag", "Gemeinderat", "Bürgeramt", "Bundesrat", "Ortsbeirat"))
                .allMatch(dictionary::commonNoun);
        assertThat(List.of("Lindau", "Gransee", "Falkenrode")).noneMatch(dictionary::commonNoun);

        List<KeywordRanking.Candidate> candidates = suggestions.candidates("Kreistag Hollerau stimmt ab",
                "Der Kreistag Hollerau hat den Haushalt beschlossen.",
                "Im Kreistag Hollerau gab es Streit. Hollerau muss sparen.");
        KeywordRanking.Candidate council = candidates.stream().filter(c -> c.name().equals("Kreistag Hollerau"))
                .findFirst().orElseThrow();
        assertThat(council.features().person()).isFalse();
    }

    @Test
    void a_town_after_the_word_for_what_it_is_is_the_keyword_without_that_word() {
        List<String> names = suggestions.suggest("Hallenbad in Gransee bleibt geschlossen",
                "Die Stadt Gransee kann die Sanierung ihres Hallenbads nicht bezahlen.",
                "Das Hallenbad war 1974 eröffnet worden. Die Gemeinde Zehdenick bietet den Schulen aus Gransee "
                        + "Zeiten in ihrem Bad an. In Gransee sammelt ein Förderverein Spenden für das Hallenbad.", 8)
                .stream().map(KeywordSuggestion::name).toList();

        assertThat(names).contains("Gransee", "Hallenbad").doesNotContain("Stadt Gransee", "Gemeinde Zehdenick");
    }

    @Test
    void the_dictionary_tells_an_adjective_or_participle_used_as_a_noun_from_a_noun_of_its_own() {
        GermanDictionary.Lookup dictionary = GermanDictionary.lookup();
        assertThat(List.of("Mitangeklagte", "Jährigen", "Beschäftigte"))
                .allMatch(w -> dictionary.entry(w).adjectival());
        assertThat(List.of("Angeklagte", "Trainer", "Zeugin")).noneMatch(w -> dictionary.entry(w).adjectival());
    }

    @Test
    void a_part_of_a_name_that_the_text_uses_as_its_short_form_is_no_chip_of_its_own() {
        // An institution with its "für" tail, once with a town's adjective before it; its word alone stands more often
        // than the name.
        List<String> institute = suggestions.suggest("Trockenheit: Böden so trocken wie nie",
                "Das Kieler Landesinstitut für Bodenkunde hat im Sommer Rekordwerte gemessen.",
                "Seit Juni meldet das Landesinstitut sinkende Werte. Den Bauern rät das Landesinstitut, "
                        + "Zwischenfrüchte zu säen. Im Herbst will das Landesinstitut für Bodenkunde neue Messstellen "
                        + "einrichten. An vierzig Orten misst das Landesinstitut die Feuchte.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(institute).contains("Landesinstitut für Bodenkunde")
                .doesNotContain("Landesinstitut", "Kieler Landesinstitut für Bodenkunde", "Bodenkunde");

        // A bridge named with its town in the headline and "in" the town in the lead: the town written after "in" is a
        // place, so the noun before it is no mere description of a name.
        List<String> bridge = suggestions.suggest("Mainbrücke Kleinostheim für Busse gesperrt",
                "Das Straßenbauamt hat die Mainbrücke in Kleinostheim für Busse gesperrt.",
                "Gutachter hatten Risse im Beton gefunden. Die Busse fahren nun über Aschaffenburg. Eine neue "
                        + "Brücke soll 2030 fertig sein.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(bridge).contains("Mainbrücke Kleinostheim").doesNotContain("Mainbrücke");
    }

    @Test
    void a_common_noun_before_a_town_written_without_its_article_is_a_name_and_the_noun_alone_its_short_form() {
        // "gegen Harmonie Eberswalde": a common noun needs an article in mid-sentence, a club's name does not; "Die
        // Harmonie" is then the club, however often the text writes it so.
        List<String> names = suggestions.suggest("Handball: Pokalsieg für Talheim",
                "Der TSV Talheim hat im Pokal gegen Harmonie Eberswalde mit 31:29 gewonnen.",
                "Die Harmonie begann stark und führte zur Pause. Die Harmonie verlor dann den Faden. Der TSV Talheim "
                        + "drehte das Spiel in den letzten Minuten. Die Fans in Eberswalde hoffen nun auf das "
                        + "Rückspiel.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Harmonie Eberswalde").doesNotContain("Harmonie");
    }

    @Test
    void a_league_keeps_its_rank_and_its_region() {
        List<String> names = suggestions.suggest("Handball: HSG Talheim steigt in die 3. Liga auf",
                "Die Handballer der HSG Talheim spielen in der kommenden Saison in der 3. Liga. Sie gewannen die "
                        + "Oberliga Württemberg mit zwei Punkten Vorsprung.",
                "Für die 3. Liga braucht der Verein eine größere Halle. Der Zweite der Regionalliga Nord, die "
                        + "Reserve aus Flensburg, steigt ebenfalls auf. In der 2. Bundesliga spielt der Nachbar.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("3. Liga", "Oberliga Württemberg").doesNotContain("Liga", "Oberliga",
                "Bundesliga", "Württemberg");
    }

    @Test
    void a_thing_or_event_at_a_place_is_a_description_not_a_name() {
        // "Frankfurt am Main" is a town by its river; a compound on a common noun before "im" and a region is a thing
        // or event there, however often it stands alone.
        List<String> names = suggestions.suggest("Kremserunfall im Odenwald: Gestüt muss zahlen",
                "Zwei Jahre nach dem Kremserunfall im Odenwald und einem Sturz bei einer Fuchsjagd im Spessart muss "
                        + "ein Gestüt einer Reiterin Schmerzensgeld zahlen.",
                "Der Kremserunfall hatte die Frau schwer verletzt. Die Fuchsjagd war schlecht vorbereitet, urteilte "
                        + "das Gericht. Das Gestüt prüft eine Berufung. Der Kremserunfall beschäftigt auch den "
                        + "Verband, die Fuchsjagd soll nun anders laufen.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Kremserunfall").noneMatch(n -> n.contains(" im "));
    }

    @Test
    void a_role_before_a_name_the_text_also_writes_without_it_is_no_part_of_the_name() {
        List<String> club = suggestions.suggest("Handball: TSV Brenz verliert das Pokalfinale",
                "Der TSV Brenz hat das Pokalfinale gegen Titelverteidiger Vossberg Sharks Potsdam mit 28:30 verloren.",
                "Die Vossberg Sharks führten fast das ganze Spiel. Der TSV Brenz kam nur einmal heran. Die "
                        + "Vossberg Sharks feierten den dritten Pokalsieg in Folge.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(club).contains("Vossberg Sharks Potsdam").noneMatch(n -> n.startsWith("Titelverteidiger"));

        List<String> stage = suggestions.suggest("Waldbühne am Kienberg: Rekord mit Märchen",
                "Die Waldbühne am Kienberg hat in diesem Sommer so viele Zuschauer gehabt wie nie.",
                "Der Verein Waldbühne am Kienberg e.V. hat rund 300 Mitglieder. Gespielt wurden zwei Märchen. "
                        + "Die Märchen sahen fast 20.000 Zuschauer.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(stage).contains("Waldbühne am Kienberg").noneMatch(n -> n.startsWith("Verein "));
    }

    @Test
    void a_name_in_s_right_before_a_quoted_title_is_a_genitive() {
        List<String> names = suggestions.suggest("Kammerspiele zeigen Helene Borsigs „Die Fährfrau“",
                "Die Kammerspiele Altdorf bringen ein vergessenes Stück auf die Bühne.",
                "Das Stück wurde 1924 uraufgeführt. Die Kammerspiele spielen es zwölfmal. Borsig schrieb außerdem "
                        + "Romane.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Helene Borsig").doesNotContain("Helene Borsigs");
    }

    @Test
    void a_firm_named_with_von_keeps_its_noun_and_its_bare_name_is_the_short_form() {
        // Round 16: "Sektkellerei von ... GmbH" was cut into "von ..." (the noun taken for a trade in apposition), and
        // the name alone ("lässt Hollmark abfüllen") became a chip of its own.
        List<String> names = suggestions.suggest("Weinkellerei von Hollmark baut eine neue Halle",
                "Die Weinkellerei von Hollmark in Seebrück investiert zehn Millionen Euro in eine Halle.",
                "Die Weinkellerei von Hollmark GmbH wurde 1921 gegründet. Bislang lässt Hollmark den Wein bei "
                        + "einem Partner abfüllen. Der Umsatz ist bei Hollmark zuletzt gestiegen. Die Halle soll "
                        + "2028 fertig sein, sagte Hollmark-Chef Udo Brenntal.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Weinkellerei von Hollmark").doesNotContain("Hollmark", "von Hollmark");
    }

    @Test
    void an_adjective_that_is_also_a_noun_opens_a_name_before_a_noun_and_a_place() {
        // Round 16: the dictionary knows "Freiwillige" as a noun of its own ("die Freiwillige"), which kept round 9's
        // rule for a capitalised adjective away; before a common noun and a town it opens the name all the same.
        List<String> names = suggestions.suggest("Kranichsee wählt den Bürgermeister ab",
                "Die Bürger von Kranichsee haben Bürgermeister Olaf Brenneke abgewählt.",
                "Brenneke wollte die Wache in Kranichsee schließen. Es ging um die Feuerwehr, sagte eine Sprecherin. "
                        + "Er habe versucht, die Freiwillige Feuerwehr Kranichsee zukunftsfest zu machen, sagte "
                        + "Brenneke. Kranichsee wählt im April neu.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Freiwillige Feuerwehr Kranichsee").doesNotContain("Feuerwehr Kranichsee");
    }

    @Test
    void a_compound_pair_with_an_elided_head_belongs_to_the_name() {
        // Round 16: "Teich- und Fischereiverband" is one compound pair; the name was cut at the hyphen.
        List<String> names = suggestions.suggest("Teichwirte fordern Hilfe gegen Kormorane",
                "Der Sächsische Teich- und Fischereiverband verlangt vom Land mehr Geld für den Schutz der "
                        + "Karpfenteiche.",
                "Nach Angaben des Teich- und Fischereiverbandes fraßen Kormorane im vergangenen Jahr 200 Tonnen "
                        + "Karpfen. Die Kormorane kommen jeden Herbst an die Karpfenteiche. Der Sächsische Teich- und "
                        + "Fischereiverband will Netze über die Karpfenteiche spannen.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Sächsischer Teich- und Fischereiverband")
                .noneMatch(n -> n.startsWith("Sächsische Teich") && !n.contains("Fischereiverband"));
    }

    @Test
    void a_noun_and_the_number_the_text_writes_after_it_again_are_one_keyword() {
        // Round 16: "Tempo 30" was the chip "Tempo"; the number ended the name.
        List<String> names = suggestions.suggest("Linie 12 fährt bald bis Nordheide",
                "Die Verkehrsbetriebe verlängern die Linie 12 um vier Haltestellen bis nach Nordheide.",
                "Auf der Linie 12 fahren heute 8.000 Fahrgäste am Tag. Die Verlängerung kostet 30 Millionen Euro. "
                        + "Die Haltestellen in Nordheide sollen 2029 fertig sein. Die Linie fährt dann alle zehn "
                        + "Minuten.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Linie 12").doesNotContain("Linie");
    }

    @Test
    void a_hyphenated_compound_is_one_keyword_and_its_parts_the_text_writes_only_in_it_or_refers_back_with_are_none() {
        // Round 16: a hyphenated compound on an acronym was split into its parts, and the acronym, which the text
        // writes nowhere alone, became a chip of its own.
        List<String> trophy = suggestions.suggest("Kegelclub Seewinkel holt den KRV-Wanderpreis",
                "Der Kegelclub Seewinkel hat zum ersten Mal den KRV-Wanderpreis gewonnen.",
                "Im Finale um den KRV-Wanderpreis schlug Seewinkel den Titelverteidiger aus Brenndorf mit "
                        + "3.212 zu 3.187 Holz. Kapitän Lars Oberholz warf den besten Durchgang. Der Wanderpreis "
                        + "steht nun im Vereinsheim in Seewinkel.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(trophy).contains("KRV-Wanderpreis").doesNotContain("KRV");

        // A head the text writes alone no more often than the hyphenated compound refers back to it ("die
        // Rindenfäule"): one chip, the compound.
        List<String> blight = suggestions.suggest("Forscher suchen ein Mittel gegen die Ahorn-Rindenfäule",
                "Die Ahorn-Rindenfäule breitet sich in den Stadtparks von Brenntal aus.",
                "Die Rindenfäule befällt vor allem alte Bäume. Gegen die Ahorn-Rindenfäule gibt es bisher kein "
                        + "Mittel. Die Stadt Brenntal hat im Winter vierzig Bäume gefällt.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(blight).contains("Ahorn-Rindenfäule").doesNotContain("Rindenfäule");
    }

    @Test
    void a_hyphenated_compound_written_mostly_whole_is_one_keyword_and_its_first_part_alone_refers_back_to_it() {
        // Round 17: round 16 kept a hyphenated compound whole only where the text never writes its first part alone;
        // a venue's name ("die Kristall-Bühne", four times) with its first part alone once ("im Kristall") was split
        // into two chips, both fragments.
        List<String> names = suggestions.suggest("Krautheim rettet die Kristall-Bühne",
                "Die Kristall-Bühne in Krautheim bleibt offen: Ein Förderverein übernimmt das Gebäude.",
                "Seit 1954 spielen Laiengruppen auf der Kristall-Bühne. Der Förderverein zahlt eine Miete von 500 "
                        + "Euro im Monat. Zum Neustart spielt im Kristall eine Blaskapelle, die Kristall-Bühne ist "
                        + "schon ausverkauft.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Kristall-Bühne").doesNotContain("Kristall", "Bühne");
    }

    @Test
    void a_firm_after_a_compound_on_an_institutions_word_keeps_its_name_and_its_bare_first_word_is_the_short_form() {
        // Round 17: round 13's trade before a firm excluded every institution's word, so "Die Fährgesellschaft
        // Baltrana Seereisen" was no firm, and its first word, written bare three times ("von Baltrana"), became a
        // chip of its own.
        List<String> names = suggestions.suggest("Fähre nach Gotland fällt weg",
                "Die Fährgesellschaft Baltrana Seereisen stellt ihre Verbindung von Ostermünde nach Gotland ein.",
                "Baltrana begründete den Schritt mit den hohen Kosten für Treibstoff. Im Sommer waren die Fähren von "
                        + "Baltrana nur zur Hälfte besetzt. Der Hafen Ostermünde verhandelt nun mit Baltrana über "
                        + "eine Frachtlinie.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Baltrana Seereisen").doesNotContain("Baltrana");
    }

    @Test
    void a_common_noun_before_a_genitive_article_and_a_firm_is_no_part_of_the_firm() {
        // Round 17: the legal-form rule took "Sprecher der" for the firm's head (round 16's rule for a connector in a
        // firm's name), although the text writes the firm again without it.
        List<String> names = suggestions.suggest("Tiefbaufirma muss Kanal neu bauen",
                "Der Sprecher der Brandhuber Tiefbau GmbH aus Lindwerth räumte Fehler beim Bau des Kanals ein.",
                "Der Kanal in Lindwerth war nach zwei Jahren undicht. Brandhuber Tiefbau will ihn bis zum Sommer "
                        + "neu verlegen. Die Kosten trägt Brandhuber Tiefbau selbst.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Brandhuber Tiefbau").noneMatch(n -> n.contains("der Brandhuber"));
    }

    @Test
    void a_towns_adjective_before_a_plural_noun_is_a_description_also_where_the_town_stands_only_in_a_name() {
        // Round 17: a town's "-er" adjective counted only where the dictionary knows the town or the text writes it
        // alone; a town written only inside its club's name ("RV Kranzbach") left "Kranzbacher Ruderer", a
        // description, to be taken for a name; and the noun's hyphenated compound inside another name ("des
        // Deutschen Ruderer-Verbandes") is no sign that the town's phrase is a name ("Haie-Torwart" is).
        List<String> names = suggestions.suggest("Rudern: RV Kranzbach gewinnt den Achter-Cup",
                "Der RV Kranzbach hat zum ersten Mal den Achter-Cup gewonnen.",
                "Im Finale lagen die Kranzbacher Ruderer nach 500 Metern noch zurück. Dann zogen sie an, und am "
                        + "Ziel jubelte die Kranzbacher Bank. Trainer Olaf Wessling lobte seine Mannschaft. Die "
                        + "Kranzbacher Ruderer trainieren im Winter in der Halle. Der Achter-Cup ist der erste Titel "
                        + "des Vereins in der Liga des Deutschen Ruderer-Verbandes.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).doesNotContain("Kranzbacher Ruderer");
    }

    @Test
    void an_adjective_that_opens_a_name_after_a_noun_in_apposition_stays_with_the_name() {
        // Round 18: "der Wählervereinigung Freie Bürgerliste Dornstedt": the noun before the name was split off as a
        // role (the text writes "die Freie Bürgerliste" without it), and the capitalised adjective after it, which the
        // dictionary also knows as a noun ("das Freie"), was left off the name: the chip was "Bürgerliste Dornstedt".
        List<String> names = suggestions.suggest("Dornstedt wählt einen neuen Rat",
                "In Dornstedt haben am Sonntag 4.100 Bürger einen neuen Gemeinderat gewählt.",
                "Stärkste Kraft wurde die Liste der Wählervereinigung Freie Bürgerliste Dornstedt mit sieben Sitzen. "
                        + "Im alten Gemeinderat hatte die Freie Bürgerliste nur drei Sitze. Spitzenkandidat Ole "
                        + "Wiebking will die Grundschule in Dornstedt erhalten. Die Wahlbeteiligung lag bei 52 "
                        + "Prozent.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Freie Bürgerliste Dornstedt").doesNotContain("Bürgerliste Dornstedt");
    }

    @Test
    void a_route_written_with_an_en_dash_between_two_names_is_one_keyword() {
        // Round 18: the tokeniser ended a word at the en dash, so the route "Radweg Tornhagen–Pellwitz" became the
        // chip "Radweg Tornhagen", a fragment.
        List<String> names = suggestions.suggest("Radweg Tornhagen–Pellwitz wird durchgehend asphaltiert",
                "Der Radweg Tornhagen–Pellwitz bekommt auf neun Kilometern einen neuen Belag.",
                "Bisher fahren Pendler zwischen den Orten über Schotter. Der Landkreis zahlt 2,4 Millionen Euro, "
                        + "sagte Landrätin Edda Marquardt in Tornhagen. Die Bauarbeiten beginnen im April, bis dahin "
                        + "bleibt der Radweg offen. In Pellwitz soll ein Rastplatz entstehen.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).contains("Radweg Tornhagen–Pellwitz").doesNotContain("Radweg Tornhagen");
    }

    @Test
    void a_route_of_two_places_without_its_kind_counts_for_the_places() {
        // Round 24: "Strecke Quellbrück–Ebbersiek" once in the headline, the towns written as places ("in
        // Quellbrück"): a route named by its ends is a name only with its kind (the test above); alone it is the two
        // places, and the route was a chip beside them.
        String title = "Fünf Monate ohne Zug: Strecke Quellbrück–Ebbersiek wird gesperrt";
        String lead = "Pendler zwischen Quellbrück und Ebbersiek müssen ab Januar den Bus nehmen.";
        String body = "Die eingleisige Bahnstrecke wird saniert. Das Stellwerk in Ebbersiek fiel im Sommer zweimal aus. "
                + "Wer morgens in Quellbrück einsteigt, verpasst in Ebbersiek den Anschluss, sagt Heike Ostendorf vom "
                + "Fahrgastverband.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round24 route: " + candidates);
        assertThat(candidates).contains("Quellbrück", "Ebbersiek").doesNotContain("Quellbrück–Ebbersiek");
    }

    @Test
    void a_plural_in_s_and_its_singular_are_one_keyword() {
        // Round 18: german_stem takes no "s" off after a vowel ("kanus" and "kanu" are two stems), so "Kanus" and
        // "Kanu" were two candidates and the plural, split from the singular's mentions, its chip.
        List<String> names = suggestions.suggest("Verleih in Mossbrück vermietet Kanus nur noch mit Weste",
                "Wer in Mossbrück Kanus leiht, muss künftig eine Schwimmweste tragen.",
                "Der Verleih am Seeufer hat 40 Kanus. Im Sommer war ein Kanu gekentert, zwei Urlauber wurden "
                        + "gerettet. Seitdem prüft die Gemeinde die Regeln. Jedes Kanu bekommt eine Nummer, sagte "
                        + "Bürgermeister Jens Oldach. Die Kanus liegen im Winter in einer Halle.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        assertThat(names).filteredOn(n -> n.startsWith("Kanu")).hasSize(1);
    }

    @Test
    void a_person_named_by_first_name_and_initial_is_no_keyword() {
        // Round 19: the press code names a defendant or a client by first name and the initial of the surname
        // ("Timo R."); an editor never tags such a name, with or without its period.
        List<String> names = suggestions.suggest("Schuldnerhilfe in Grellbach hat lange Warteliste",
                "Die Schuldnerhilfe in Grellbach kann neue Ratsuchende erst in vier Monaten empfangen.",
                "Wie dringend die Hilfe ist, zeigt das Beispiel von Timo R. Der Fahrer hat Schulden bei elf "
                        + "Gläubigern. Die Schuldnerhilfe hat mit ihm einen Plan gemacht. Timo R. zahlt nun jeden "
                        + "Monat einen festen Betrag. Die Warteliste der Schuldnerhilfe wird länger.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round19 initial: " + names);
        assertThat(names).noneMatch(n -> n.startsWith("Timo"));
    }

    @Test
    void an_event_named_with_von_and_its_place_is_one_keyword() {
        // Round 19: "Großer Preis von Wendelsrode" names a race by its place; "den Großen Preis" is its short form,
        // and the name without its place is a fragment.
        List<String> names = suggestions.suggest("Großer Preis von Wendelsrode: Pia Holtkamp gewinnt im Schlussspurt",
                "Die Radfahrerin Pia Holtkamp hat den Großen Preis von Wendelsrode gewonnen.",
                "Holtkamp setzte sich im Schlussspurt gegen zwölf Fahrerinnen durch. Den Großen Preis fährt sie "
                        + "seit sechs Jahren. Der Radsportverein Wendelsrode richtet das Rennen aus. Für den Großen "
                        + "Preis von Wendelsrode sperrt die Gemeinde die Ringstraße.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round19 event: " + names);
        assertThat(names).contains("Großer Preis von Wendelsrode").doesNotContain("Großer Preis", "Großen Preis");
    }

    @Test
    void an_institutions_word_before_a_noun_with_its_own_genitive_is_in_apposition() {
        // Round 19: "Verein" before "Freunde des Hallenbads Kormsdorf" says what the name is; a name headed by the
        // institution's word continues with its "für" or "der" right after it ("Verein für ..."). The name is named
        // after the Hallenbad, which stays a name of its own.
        List<String> names = suggestions.suggest("Hallenbad Kormsdorf bekommt neues Sprungbrett",
                "Das Hallenbad Kormsdorf bekommt zum Winter ein neues Sprungbrett.",
                "Weil die Gemeinde kein Geld hatte, sprang der Verein Freunde des Hallenbads Kormsdorf ein und "
                        + "sammelte 18.000 Euro. Das Hallenbad Kormsdorf war im Sommer sechs Wochen geschlossen. "
                        + "Die Schwimmer freuen sich auf das Sprungbrett.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round19 verein: " + names);
        assertThat(names).contains("Freunde des Hallenbads Kormsdorf", "Hallenbad Kormsdorf")
                .noneMatch(n -> n.startsWith("Verein"));
    }

    @Test
    void a_common_noun_after_a_persons_name_the_text_writes_without_it_is_the_object() {
        // Round 19: "spielt Wiebke Andersohn Lieder von Brahms": the noun after the person is the object of the
        // sentence, no part of the name the text writes elsewhere without it.
        List<String> names = suggestions.suggest("Neue Orgel in Tessenhagen eingeweiht",
                "Mit einem Festkonzert hat die Kirchengemeinde Tessenhagen ihre neue Orgel eingeweiht.",
                "Die Orgel kostete 240.000 Euro. Zum Festkonzert sang die Sopranistin Wiebke Andersohn. Am Sonntag "
                        + "singt Wiebke Andersohn Lieder von Brahms und Schubert, begleitet von der neuen Orgel.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round19 object: " + names);
        assertThat(names).contains("Wiebke Andersohn").noneMatch(n -> n.contains("Lieder"));
    }

    @Test
    void a_for_after_a_places_name_joins_no_noun_to_it() {
        // Round 20: "sorgt im Landkreis Quellmoor für Stillstand": "für" joins a name only right after an
        // institution's word ("Verein für Deichkunde", "Museum für Naturkunde"); after a place's name it opens the
        // object of the sentence.
        List<String> names = suggestions.suggest("Sturmflut legt den Landkreis Quellmoor lahm",
                "Die Sturmflut hat am Montag im Landkreis Quellmoor für Stillstand gesorgt.",
                "Die Feuerwehr pumpte Keller aus, der Deich hielt. Der Landkreis Quellmoor richtete einen "
                        + "Krisenstab ein. Die Sturmflut überspülte die Uferstraße, der Verein für Deichkunde zählte "
                        + "die Schäden.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round20 für: " + names);
        assertThat(names).contains("Landkreis Quellmoor", "Verein für Deichkunde")
                .noneMatch(n -> n.startsWith("Landkreis Quellmoor "));
    }

    @Test
    void a_district_named_by_its_word_and_by_a_compound_on_it_is_one_keyword_in_the_longer_form() {
        // Round 20: "im Kreis Hollerdingen" (the headline) and "den Landkreis Hollerdingen" are one district; the
        // chip is its full name.
        List<String> names = suggestions.suggest("Schweinepest: Bauern im Kreis Hollerdingen bangen",
                "Die Afrikanische Schweinepest hat den Landkreis Hollerdingen erreicht.",
                "Im Landkreis Hollerdingen gilt seit Freitag eine Sperrzone. Die Bauern dürfen keine Schweine "
                        + "verkaufen. Drei Wildschweine sind positiv getestet worden. Im Landkreis Hollerdingen "
                        + "suchen Jäger nach Kadavern.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round20 kreis: " + names);
        assertThat(names).contains("Landkreis Hollerdingen").doesNotContain("Kreis Hollerdingen");
    }

    @Test
    void an_institutions_word_before_a_hyphenated_region_is_one_name_and_its_word_alone_the_short_form() {
        // Round 20: "im Landesverband Westmosel-Hügelland" names the association by its region (a part built on a
        // river's name); "ein Landesverband", "der Landesverband" elsewhere refer to it and are no chip of their own.
        List<String> names = suggestions.suggest("Wanderheim Lindental schließt nach sechzig Jahren",
                "Das Wanderheim Lindental macht zum Jahresende zu. Der Träger, ein Landesverband im Dachverband "
                        + "Deutscher Wandervereine, findet keinen Pächter.",
                "Das Haus müsste saniert werden, sagt Geschäftsführerin Ina Markwort vom Landesverband "
                        + "Westmosel-Hügelland. Der Landesverband sei offen für Gespräche, ein Verkauf komme aber nicht "
                        + "in Frage. Die Gemeinde Lindental will das Wanderheim weiterführen. Im Wanderheim "
                        + "übernachten jedes Jahr 4.000 Gäste, die meisten mit dem Landesverband.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round20 landesverband: " + names);
        assertThat(names).doesNotContain("Landesverband");
    }

    @Test
    void a_noun_with_a_genitive_attribute_the_text_names_on_its_own_is_no_name() {
        // Round 23: "die Zustimmung des Heimbeirats" twice, "der Heimbeirat" on its own more often: a noun with its
        // genitive attribute, no name; "im Haus der Begegnung" names a place whose genitive noun stands nowhere alone.
        String title = "Seniorenstift Grellhausen: Dienstpläne brauchen Zustimmung des Heimbeirats";
        String lead = "Das Seniorenstift Grellhausen darf neue Dienstpläne nur mit der Zustimmung des Heimbeirats "
                + "einführen.";
        String body = "Der Heimbeirat lehnte die Pläne im Haus der Begegnung einstimmig ab. Die Leiterin Wiebke "
                + "Ostendorf will die Zustimmung nun vor Gericht ersetzen lassen. Der Heimbeirat sieht dafür keinen "
                + "Grund. Im Haus der Begegnung tagt der Heimbeirat jeden Monat.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        List<String> names = suggestions.suggest(title, lead, body, 8).stream().map(KeywordSuggestion::name).toList();
        System.out.println("round23 genitive: " + names + " of " + candidates);
        assertThat(candidates).doesNotContain("Zustimmung des Heimbeirats").contains("Haus der Begegnung");
        assertThat(names).contains("Heimbeirat");
    }

    @Test
    void a_person_named_in_full_and_then_by_a_surname_that_looks_like_a_compound_is_one_keyword() {
        // Round 22: "Inhaberin Ilsabe Dornecke ... sagt Dornecke": a first name the dictionary lacks and a surname that
        // only looks like a compound ("Ecke"), which the text writes without the article a common noun needs, are one
        // person; the surname alone counts for the full name.
        List<String> names = suggestions.suggest("Dorfladen in Quellbrück schließt nach vierzig Jahren",
                "Ende März schließt der Dorfladen in Quellbrück. Inhaberin Ilsabe Dornecke geht in den Ruhestand.",
                "Dornecke hat seit zwei Jahren einen Nachfolger gesucht. Der Umsatz reiche nicht, sagt Dornecke. Die "
                        + "Gemeinde will den Dorfladen weiterführen, der Rat berät im April. Im Ruhestand will "
                        + "Dornecke beim Übergang helfen.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round22 surname: " + names);
        assertThat(names).contains("Ilsabe Dornecke").doesNotContain("Dornecke")
                .noneMatch(n -> n.startsWith("Inhaberin "));
    }

    @Test
    void a_club_named_with_its_kind_core_and_town_is_one_keyword_and_its_core_word_the_short_form() {
        // Round 22: "der Kanuclub Vandalia Kerstenau ... die Vandalia": a word the text writes as a place ("in
        // Kerstenau") ends no person's name; a kind, a name and the town are the club's name, and the name's core
        // word alone ("die Vandalia") is its short form.
        List<String> names = suggestions.suggest("Kanuclub gewinnt ersten Meistertitel",
                "Der Kanuclub Vandalia Kerstenau hat bei den Meisterschaften den Titel im Vierer gewonnen.",
                "Lange lag die Vandalia zurück, erst im Ziel lag das Boot vorn. Trainer Ole Brinkhus lobte die "
                        + "Mannschaft. Die Vandalia, 1921 als Kanuclub Vandalia Kerstenau gegründet, hat 200 "
                        + "Mitglieder. Am Abend wurde der Vierer in Kerstenau mit Fackeln empfangen.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round22 club: " + names);
        assertThat(names).contains("Kanuclub Vandalia Kerstenau").doesNotContain("Vandalia Kerstenau", "Vandalia");
    }

    @Test
    void a_common_noun_after_an_institutions_place_is_the_object_not_part_of_the_name() {
        // Round 22: "spielt die Freie Bühne Kerstenau Theater auf Platt": the institution's name ends with its place
        // (the text writes "in Kerstenau"); the noun after it, written so once, is the object of the sentence.
        List<String> names = suggestions.suggest("Freie Bühne probt neues Stück auf Platt",
                "Seit 1950 spielt die Freie Bühne Kerstenau Theater auf Platt.",
                "Das neue Stück hat am Samstag Premiere im Gemeindesaal. Die Karten für die Premiere sind in "
                        + "Kerstenau fast ausverkauft. Die Bühne sucht noch Spieler für das Stück.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round22 object: " + names);
        assertThat(names).contains("Freie Bühne Kerstenau").noneMatch(n -> n.endsWith(" Theater"));
    }

    @Test
    void a_name_that_opens_with_a_plural_noun_in_the_dative_is_shown_in_the_nominative() {
        // Round 22: "von den Stadtwerken Kerstenau betrieben": the name is tagged in the nominative plural,
        // "Stadtwerke Kerstenau", as a dative plural alone is ("mit Herstellern" → "Hersteller").
        List<String> names = suggestions.suggest("Neues Hallenbad für Kerstenau",
                "Das neue Hallenbad soll von den Stadtwerken Kerstenau betrieben werden.",
                "Das Hallenbad in Kerstenau öffnet im Mai, der Eintritt kostet vier Euro. Die Gemeinde zahlt einen "
                        + "Zuschuss, das Hallenbad hat ein Becken für Schwimmkurse.", 8)
                .stream().map(KeywordSuggestion::name).toList();
        System.out.println("round22 dative: " + names);
        assertThat(names).contains("Stadtwerke Kerstenau").doesNotContain("Stadtwerken Kerstenau");
    }

    @Test
    void a_clubs_number_after_its_name_is_part_of_the_name() {
        // Round 24: "dem FC Wiedenbrok 09", "Beim FC Wiedenbrok 09": a club's founding year after its name ("FC Schalke
        // 04", "TSV 1860 München") is part of the name; the run ended at the number, so "FC Wiedenbrok" was a chip.
        String title = "Platzverbot nach Angriff auf Schiedsrichter";
        String lead = "Nach dem Spiel zwischen dem TuS Elmerdingen und dem FC Wiedenbrok 09 hat das Sportgericht ein "
                + "Platzverbot verhängt.";
        String body = "Ein Zuschauer hatte Schiedsrichter Jannes Ottmers in der Nachspielzeit zu Boden gestoßen. Beim "
                + "FC Wiedenbrok 09 hat man Konsequenzen gezogen: Der Verein bezahlt sechs Jugendlichen den Lehrgang "
                + "für Schiedsrichter. Der TuS Elmerdingen muss 600 Euro zahlen. Ottmers pfeift vorerst nicht mehr.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        List<String> names = suggestions.suggest(title, lead, body, 8).stream().map(KeywordSuggestion::name).toList();
        System.out.println("round24 club number: " + names + " of " + candidates);
        assertThat(names).contains("FC Wiedenbrok 09").doesNotContain("FC Wiedenbrok");
        assertThat(candidates).doesNotContain("FC Wiedenbrok", "TuS Elmerdingen 600");
    }

    @Test
    void a_business_named_after_its_owner_is_one_keyword_and_its_kind_word_the_short_form() {
        // Round 24: "den Ziegenhof Wessendorp" (always with an article: a business's name), the owner "Frauke
        // Wessendorp" named in full: the kind word and the surname are one name, and the kind word alone (the
        // headline's "Ziegenhof") is its short form; before, the kind word was taken for a descriptor and was a chip
        // of its own. A role before the surname, written bare ("sagt Ortsvorsteher Tamm"), stays a role.
        String title = "Ziegenhof in Quellbrück stellt auf Hofkäse um";
        String lead = "Auf den Weiden des Ziegenhofs Wessendorp in Quellbrück grasen seit dem Sommer 80 Ziegen.";
        String body = "„Die Nachfrage nach Käse aus der Region wächst“, sagt Landwirtin Frauke Wessendorp. Die "
                + "41-Jährige führt den Ziegenhof Wessendorp in dritter Generation. Im Hofladen verkauft Wessendorp "
                + "inzwischen zwölf Sorten. Die Molkerei hatte die Milch bis zum Frühjahr abgeholt, sagt Wessendorp. "
                + "Der Ortsrat will den Hofladen unterstützen, sagt Ortsvorsteher Tamm. Bernd Tamm kauft dort selbst "
                + "ein, den Käse lobt Tamm. Im Streit um den Parkplatz warf die Verwaltung Tamm Untätigkeit vor.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        List<String> names = suggestions.suggest(title, lead, body, 8).stream().map(KeywordSuggestion::name).toList();
        System.out.println("round24 business: " + names + " of " + candidates);
        assertThat(names).contains("Ziegenhof Wessendorp").doesNotContain("Ziegenhof");
        assertThat(candidates).contains("Bernd Tamm").doesNotContain("Ortsvorsteher Tamm", "Verwaltung Tamm");
    }

    @Test
    void an_office_named_with_its_districts_genitive_is_one_keyword() {
        // Round 24: "Die Untere Wasserbehörde des Landkreises Ostermoor": an office that every district has, named by a
        // capitalised adjective and its noun, is a name only with its district; split at the genitive, "Untere
        // Wasserbehörde" was a chip. The district stays a name of its own.
        String title = "Streit um Brunnen auf dem Hof Kollmer";
        String lead = "Ein Landwirt in Ebbersiek darf einen zweiten Brunnen bohren. Die Untere Wasserbehörde des "
                + "Landkreises Ostermoor hat den Antrag genehmigt.";
        String body = "Der Naturschutzverein Ebbersiek hatte gegen den Brunnen Einspruch erhoben, weil der Bach im "
                + "Sommer austrocknet. Die Wasserbehörde verlangt nun eine Messstelle am Bach. Der Landkreis "
                + "Ostermoor will die Werte jeden Monat veröffentlichen. Landwirt Timo Kollmer braucht das Wasser für "
                + "seine Kartoffeln.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round24 office: " + candidates);
        assertThat(candidates).contains("Untere Wasserbehörde des Landkreises Ostermoor", "Landkreis Ostermoor")
                .doesNotContain("Untere Wasserbehörde");
    }

    @Test
    void a_name_opened_by_a_capitalised_adjective_ends_with_a_town_the_dictionary_knows() {
        // Round 24: "Forscher der Botanischen Staatssammlung München": the dictionary has a common noun's reading
        // for "München" besides the town's, so the name ended before it ("Botanische Staatssammlung" was the
        // chip); a town it lacks or knows only as a town was taken. The one test here with a real town: the rule is
        // about what the dictionary knows.
        String title = "Neue Käferart im Moor entdeckt";
        String lead = "Forscher der Botanischen Staatssammlung München haben im Quellmoor eine bislang unbekannte "
                + "Käferart gefunden.";
        String body = "Der Käfer lebt nur im nassen Torf, sagt die Biologin Wiebke Harmsen. Die Käferart ist kaum "
                + "zwei Millimeter lang. Im Quellmoor sollen nun weitere Fallen aufgestellt werden.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round24 adjective name at a town: " + candidates);
        assertThat(candidates).contains("Botanische Staatssammlung München")
                .doesNotContain("Botanische Staatssammlung");
    }

    @Test
    void a_firm_the_text_names_only_with_its_legal_form_keeps_it() {
        // Round 24: "die Quellmarsch Pflege GmbH ... Quellmarsch betreibt": the legal form is part of a firm's
        // registered name; the text never drops it from "Quellmarsch Pflege", so the chip is the name as written. A
        // firm the text also names without it ("die Harmsen Bau GmbH ... Harmsen Bau will") keeps its short form.
        String title = "Pflegeheim in Ebbersiek schließt";
        String lead = "Das Pflegeheim am Mühlenteich in Ebbersiek wird im Februar geschlossen. Der Betreiber, die "
                + "Quellmarsch Pflege GmbH, hat Insolvenz angemeldet.";
        String body = "Quellmarsch betreibt zwölf Heime im Land. Für die 40 Bewohner sucht der Landkreis neue Plätze. "
                + "Das Gebäude soll die Harmsen Bau GmbH übernehmen. Harmsen Bau will dort Wohnungen bauen.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round24 legal form: " + candidates);
        assertThat(candidates).contains("Quellmarsch Pflege GmbH", "Harmsen Bau")
                .doesNotContain("Quellmarsch Pflege", "Harmsen Bau GmbH");
    }

    @Test
    void a_name_opened_by_a_weak_adjective_is_shown_in_the_strong_form_and_its_tail_is_no_second_chip() {
        // Round 26: "das Kammersinfonische Orchester Quellbrück": a compound adjective the dictionary lacks (on
        // "sinfonisch") was shown as written, in its weak form after the article; the name's base form is
        // "Kammersinfonisches Orchester Quellbrück". Its tail "Orchester Quellbrück" is the same orchestra, no chip of
        // its own. A compound on a noun ("Elterninitiative" on "Initiative") is no adjective for this rule.
        String title = "Konzertsaal in Quellbrück wieder offen";
        String lead = "Nach zwei Jahren im Zelt ist das Kammersinfonische Orchester Quellbrück in den sanierten "
                + "Konzertsaal zurückgekehrt.";
        String body = "Das Orchester spielte vor ausverkauftem Haus. Dirigentin Wiebke Harmsen lobte die Akustik im "
                + "Saal. Das Kammersinfonische Orchester Quellbrück will im Frühjahr auf Tournee gehen. Das Orchester "
                + "hat 60 Musiker, im Orchester spielen auch Schüler. Die Elterninitiative Notenbank Quellbrück "
                + "sammelt Noten für die Schüler.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round26 weak adjective: " + candidates);
        assertThat(candidates).contains("Kammersinfonisches Orchester Quellbrück")
                .doesNotContain("Kammersinfonische Orchester Quellbrück", "Orchester Quellbrück")
                // A compound noun whose tail is also an adjective's form ("initiative") opens no adjective's name.
                .noneMatch(c -> c.startsWith("Elterninitiativer"));
    }

    @Test
    void a_legal_form_followed_by_a_genitive_belongs_to_the_name() {
        // Round 26: "Die Hafenbau GmbH des Landes ... Die Hafenbau GmbH rechnet": a legal form followed by a genitive
        // article and a noun names whose firm it is; the genitive is part of the registered name, and the name up to
        // its legal form is the short form the text uses after the first mention. The run was split at the genitive,
        // and "Hafenbau GmbH" was the chip, a fragment of the name.
        String title = "Neuer Anleger für Fähren in Quellbrück";
        String lead = "Die Hafenbau GmbH des Landes will in Quellbrück einen zweiten Anleger für Fähren bauen.";
        String body = "Die Hafenbau GmbH rechnet mit Kosten von acht Millionen Euro. Bürgermeisterin Wiebke Harmsen "
                + "begrüßt die Pläne. Der Anleger soll im Sommer 2028 fertig sein, die Fähren fahren dann im "
                + "Halbstundentakt.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round26 legal form and genitive: " + candidates);
        assertThat(candidates).contains("Hafenbau GmbH des Landes").doesNotContain("Hafenbau GmbH");
    }

    @Test
    void a_noun_of_an_action_before_a_firms_genitive_is_no_part_of_the_firms_name() {
        // Round 26: "in einer Kundenbefragung der Quellmarsch Reisen GmbH": a noun of an action before a genitive
        // article and a firm is what was done by the firm, a phrase; the firm is the name. Round 13's rule split such
        // a run only where the text wrote the firm again without the noun.
        String title = "Mehr Radfahrer an der Küste";
        String lead = "Urlauber in Ebbersiek kommen immer öfter mit dem Fahrrad.";
        String body = "In einer Kundenbefragung der Quellmarsch Reisen GmbH nannten sechs von zehn Gästen das Rad als "
                + "wichtigstes Verkehrsmittel im Urlaub. Der Radweg am Deich soll deshalb verbreitert werden, sagt "
                + "Bürgermeister Timo Kollmer. Die Gemeinde will auch mehr Abstellplätze für Fahrräder bauen.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round26 action before a firm: " + candidates);
        assertThat(candidates).contains("Quellmarsch Reisen GmbH")
                .doesNotContain("Kundenbefragung der Quellmarsch Reisen GmbH");
    }

    @Test
    void a_numeral_noun_before_a_noun_makes_no_name() {
        // Round 26: "## Hunderte Aufnahmen pro Nacht": a numeral used as a noun counts the noun after it; the two
        // capitalised words are a phrase, no name, and the numeral, like a number, is no keyword.
        String title = "Kamera zählt Fledermäuse am Kirchturm";
        String lead = "Im Kirchturm von Ebbersiek überwintern Fledermäuse, eine Kamera zählt sie nun.";
        String body = """
                ## Hunderte Aufnahmen pro Nacht

                Die Kamera hängt unter dem Dach. Hunderte Aufnahmen entstehen in jeder Nacht, sagt die Biologin \
                Wiebke Harmsen. Die Fledermäuse fliegen erst nach Sonnenuntergang aus.
                """;
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round26 numeral noun: " + candidates);
        assertThat(candidates).contains("Aufnahmen").doesNotContain("Hunderte Aufnahmen", "Hunderte");
    }

    @Test
    void a_places_adjective_before_a_noun_for_a_person_is_a_description() {
        // Round 26: "Der Quellbrücker Investor Harmsen & Tamm": a place's adjective before a noun for a person says who
        // the name after it is; the two words are no name ("Quellbrücker Investor" was a chip), unlike a place's
        // institution ("die Quellbrücker Stadtwerke").
        String title = "Neue Wohnungen am alten Hafen";
        String lead = "Am alten Hafen in Ebbersiek sollen 90 Wohnungen entstehen. Der Quellbrücker Investor Harmsen "
                + "& Tamm hat seine Pläne am Dienstag vorgestellt.";
        String body = "Die Quellbrücker Stadtwerke sollen die Häuser mit Fernwärme versorgen. Harmsen & Tamm will im "
                + "Frühjahr mit dem Bau beginnen, sagt Bürgermeister Timo Kollmer. Die Wohnungen sollen zur Hälfte "
                + "gefördert werden.";
        List<String> candidates = suggestions.candidates(title, lead, body).stream()
                .map(KeywordRanking.Candidate::name).toList();
        System.out.println("round26 place adjective before a person: " + candidates);
        assertThat(candidates).contains("Harmsen & Tamm").doesNotContain("Quellbrücker Investor");
    }

    @Test
    void a_surname_alone_counts_for_the_person_not_for_a_business_named_after_them() {
        // Round 26: "sagt Wessendorp" after "Frauke Wessendorp" and "den Ziegenhof Wessendorp": the surname alone is
        // the person; it counted for whichever of the two names weighed more, here the business of the headline and
        // lead.
        String title = "Ziegenhof Wessendorp stellt auf Hofkäse um";
        String lead = "Auf den Weiden des Ziegenhofs Wessendorp in Quellbrück grasen seit dem Sommer 80 Ziegen.";
        String body = "„Die Nachfrage nach Käse aus der Region wächst“, sagt Landwirtin Frauke Wessendorp. Die "
                + "41-Jährige führt den Ziegenhof Wessendorp in dritter Generation. Im Hofladen verkauft Wessendorp "
                + "inzwischen zwölf Sorten. Die Molkerei hatte die Milch bis zum Frühjahr abgeholt, sagt Wessendorp. "
                + "Einen zweiten Laden will Wessendorp nicht eröffnen.";
        var candidates = suggestions.candidates(title, lead, body);
        System.out.println("round26 surname alone: " + candidates.stream()
                .map(c -> c.name() + " " + c.features().mentions()).toList());
        var person = candidates.stream().filter(c -> c.name().equals("Frauke Wessendorp")).findFirst().orElseThrow();
        var business = candidates.stream().filter(c -> c.name().equals("Ziegenhof Wessendorp")).findFirst()
                .orElseThrow();
        assertThat(person.features().mentions()).isGreaterThanOrEqualTo(4);
        assertThat(business.features().mentions()).isLessThan(4);
    }

    @Test
    void the_fitting_tools_diagnostics_are_computed_only_when_asked_and_leave_the_score_alone() {
        // Round 21: KeywordRankerFit's table carries values that are not in the score (where the words stand, the
        // compounds among the candidates); suggest() computes none of them.
        String title = "Quorlbrunnen in Tessenhagen saniert";
        String lead = "Der Quorlbrunnen auf dem Marktplatz von Tessenhagen sprudelt wieder.";
        String body = "Die Sanierung dauerte ein Jahr. Im Frühjahr pflanzte der Heimatverein Linden. Am Ende der "
                + "Feier sprach der Bürgermeister am Quorlbrunnen.";
        var plain = suggestions.candidates(title, lead, body);
        var withDiagnostics = suggestions.candidates(title, lead, body, true);

        assertThat(plain).isNotEmpty().allSatisfy(c -> assertThat(c.extras()).isEmpty());
        assertThat(withDiagnostics).hasSameSizeAs(plain).allSatisfy(
                c -> assertThat(c.extras()).hasSize(KeywordRanking.EXTRA_NAMES.size()));
        assertThat(withDiagnostics).extracting(KeywordRanking.Candidate::score)
                .containsExactlyElementsOf(plain.stream().map(KeywordRanking.Candidate::score).toList());
        int span = KeywordRanking.EXTRA_NAMES.indexOf("span");
        var brunnen = withDiagnostics.stream().filter(c -> c.name().equals("Quorlbrunnen")).findFirst().orElseThrow();
        var linden = withDiagnostics.stream().filter(c -> c.name().equals("Linden")).findFirst().orElseThrow();
        // From the headline to the last sentence, against one place in the body.
        assertThat(brunnen.extras()[span]).isGreaterThan(0.8);
        assertThat(linden.extras()[span]).isZero();
    }

    @Test
    void an_existing_tag_in_another_sense_than_its_tagged_articles_is_not_suggested() {
        // Round 19b and 25 (decision 0037): "Quorlschnecke" (an invented compound on "Schnecke") is the archive's tag for a
        // snail of the moors; a bakery's pastry of the same name shares the tag's word, not its articles' words. The
        // bakery stands in another town: a place the tag's articles name ("Hallwicker Moor") is a shared word, and
        // against a large corpus (the whole suite's articles) one shared rare word lifts the profile above the bar.
        var articles = new TaxonomyTestArticles(jdbc);
        TagRef snail = tags.findOrCreate("Quorlschnecke");
        articles.tag(articles.published(null, "Profil: Seltene Quorlschnecke im Hallwicker Moor entdeckt",
                "Biologen haben im Hallwicker Moor eine Kolonie der Quorlschnecke gefunden.",
                "Die Art galt im Landkreis als verschollen. Die Schnecken leben im feuchten Torfmoos und brauchen "
                        + "einen hohen Wasserstand. Die Naturschutzbehörde will den Lebensraum schützen."),
                snail.id());
        articles.tag(articles.published(null, "Profil: Wiedervernässung soll der Quorlschnecke helfen",
                "Im Hallwicker Moor werden Gräben verschlossen, damit der Wasserstand steigt.",
                "Davon profitiert vor allem die Quorlschnecke, sagen die Biologen. Auch Libellen und Moorfrösche "
                        + "finden im nassen Torfmoos wieder einen Lebensraum."), snail.id());
        articles.tag(articles.published(null, "Profil: Zählung im Moor: mehr Quorlschnecken als erwartet",
                "Ehrenamtliche haben im Frühjahr die Schnecken im Moor gezählt.",
                "Die Biologen der Naturschutzbehörde sprechen von einem Erfolg der Wiedervernässung. Die Art steht "
                        + "weiter auf der Roten Liste."), snail.id());
        articles.published(null, "Profil: Bäckerei in der Altstadt schließt nach neunzig Jahren",
                "Die Bäckerei backt am Samstag zum letzten Mal Brot und Kuchen.",
                "Der Bäckermeister findet keinen Nachfolger. Den Teig knetet er seit vierzig Jahren am frühen Morgen, "
                        + "Mehl und Butter kommen vom Hof nebenan. Die Kunden bedauern das.");
        articles.published(null, "Profil: Bäcker klagen über teures Mehl",
                "Mehl, Zucker und Butter sind teurer geworden, sagt die Innung der Bäcker.",
                "Viele Bäckereien heizen den Ofen nur noch einmal am Tag an. Für Gebäck mit Mohn und Hefeteig "
                        + "zahlen die Kunden mehr.");
        statistics.refresh();
        try {
            List<KeywordSuggestion> pastry = suggestions.suggest("Bäckerei in Ostrelde backt wieder Quorlschnecken",
                    "Die Quorlschnecke, ein Hefegebäck mit Mohn und Zucker, kommt in der Bäckerei wieder frisch aus "
                            + "dem Ofen.",
                    "Der Bäckermeister knetet den Teig am frühen Morgen, Mehl und Butter kommen vom Hof nebenan. "
                            + "Samstags stehen die Kunden Schlange für eine Quorlschnecke. Das Rezept stammt von der "
                            + "Großmutter des Bäckers, die Quorlschnecke war ihr Sonntagsgebäck.", 8);
            List<KeywordSuggestion> moor = suggestions.suggest("Quorlschnecke breitet sich im Moor wieder aus",
                    "Im Hallwicker Moor leben wieder mehr Quorlschnecken, berichten die Biologen.",
                    "Seit der Wiedervernässung steht das Wasser im Torfmoos hoch genug. Die Naturschutzbehörde "
                            + "zählt die Art jedes Frühjahr; die Quorlschnecke steht weiter auf der Roten Liste.", 8);

            assertThat(pastry).as("the pastry's chips: %s", pastry).extracting(KeywordSuggestion::existingTagId)
                    .doesNotContain(snail.id());
            assertThat(pastry).extracting(KeywordSuggestion::name).doesNotContain("Quorlschnecke");
            assertThat(moor).as("the snail's chips: %s", moor)
                    .anySatisfy(k -> assertThat(k.existingTagId()).isEqualTo(snail.id()));
        } finally {
            jdbc.update("delete from article where title like 'Profil:%'");
            jdbc.update("delete from tag where id = ?", snail.id());
            statistics.refresh();
        }
    }

    @Test
    void empty_or_function_word_only_text_gives_no_suggestions() {
        assertThat(suggestions.suggest(null, "", null, 8)).isEmpty();
        assertThat(suggestions.suggest("Und dann, aber doch nicht", "", "", 8)).isEmpty();
        assertThat(suggestions.suggest(KASPERSKY_TITLE, null, null, 0)).isEmpty();
        assertThat(suggestions.suggest(KASPERSKY_TITLE, KASPERSKY_LEAD, KASPERSKY_BODY, 50)).hasSizeLessThanOrEqualTo(8);
    }
}
