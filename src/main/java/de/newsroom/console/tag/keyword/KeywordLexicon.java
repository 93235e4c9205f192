package de.newsroom.console.tag.keyword;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The small amount of German knowledge the keyword suggestions need beyond PostgreSQL's stop-word list: words that
 * open a sentence without being nouns, common first names (to find where a person's name starts after a role such
 * as "Senatorin"), and the words that make a run of capitalised words a proper name.
 */
final class KeywordLexicon {

    private KeywordLexicon() {
    }

    /** Capitalised only because they open a sentence or headline; german_stem does not know them as stop words. */
    static final Set<String> SENTENCE_OPENERS = Set.of("wer", "warum", "weshalb", "wieso", "wann", "wohin", "woher",
            "heute", "gestern", "morgen", "seit", "laut", "trotz", "bereits", "dabei", "deshalb", "daher", "darum",
            "zudem", "erst", "schon", "bisher", "zuletzt", "jetzt", "nun", "neu", "neue", "neuer", "neues", "neuen",
            "mehr", "viele", "einige", "rund", "fast", "kaum", "erstmals", "wieder", "immer", "nie", "künftig", "bald",
            "endlich", "sogar", "trotzdem", "dennoch", "jedoch", "außerdem", "allerdings", "offenbar", "wohl", "ab",
            "statt", "wegen", "per", "pro", "samt", "beim", "vom", "zum", "zur", "ans", "aufs", "ins", "eins", "zwei",
            "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "hundert", "tausend", "halb", "ganz",
            "gut", "besser", "große", "großer", "großes", "kleine", "kleiner", "erste", "erster", "ersten", "letzte",
            "letzter", "letzten", "weitere", "weiterer", "wenige", "wichtig", "klar", "mal", "also", "dort", "hier",
            "danach", "davor", "damals", "inzwischen", "mittlerweile", "derzeit", "aktuell", "gerade", "vielleicht",
            "sowohl", "weder", "entweder", "ja", "nein", "okay", "bitte", "danke", "wo", "wie", "was", "wem", "wen");

    /** Nouns that head many articles without saying what they are about; idf catches them only in a large corpus. */
    static final Set<String> GENERIC = Set.of("jahr", "jahre", "jahren", "jahres", "prozent", "euro", "cent",
            "uhr", "mal", "woche", "wochen", "monat", "monate", "monaten", "tag", "tage", "tagen", "meter", "metern",
            "kilometer", "kilometern", "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "million",
            "millionen", "milliarde", "milliarden", "ende", "anfang", "beginn", "januar", "februar", "märz", "april",
            "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "herr", "frau", "leute", "menschen", "teil",
            "zeit", "angaben", "hälfte", "drittel", "viertel", "mitte", "rest", "seite", "fall", "zahl", "abend",
            "morgen", "nacht", "frühjahr", "sommer", "herbst", "winter", "vorjahr");

    /**
     * Base forms of frequent, topic-neutral German nouns: they head the general frequency lists and say little about
     * what an article is about ("Stelle", "Werk", "Programm", "Kunde"). Written by hand from general knowledge of
     * German, not derived from a corpus; a small newsroom corpus cannot damp them by document frequency, a large
     * one does anyway. Compounds built on them ("Wohnungsnot", "Baustelle") are not affected.
     */
    static final Set<String> FREQUENT_NOUNS = Set.of("zeit", "mensch", "mann", "frau", "kind", "land", "welt",
            "leben", "hand", "teil", "fall", "ende", "weg", "frage", "grund", "art", "beispiel", "seite", "punkt",
            "problem", "ziel", "möglichkeit", "bereich", "ergebnis", "entwicklung", "thema", "situation", "lage",
            "stelle", "werk", "programm", "kunde", "arbeit", "geld", "haus", "stadt", "platz", "raum", "ort", "sache",
            "stück", "form", "weise", "zahl", "regel", "rolle", "gruppe", "system", "projekt", "plan", "idee",
            "schritt", "folge", "grundlage", "ansicht", "meinung", "aussage", "angabe", "bericht", "hinweis",
            "antwort", "erfolg", "chance", "risiko", "ursache", "wirkung", "entscheidung", "gespräch", "interesse",
            "wert", "ebene", "richtung", "rahmen", "lösung", "blick", "bild", "wort", "name", "nummer", "kosten",
            "person", "mitarbeiter", "unternehmen", "firma", "team", "partner", "kollege", "experte", "vertreter",
            "sprecher", "sprecherin", "chef", "leiter", "zukunft", "vergangenheit", "moment", "jahrzehnt",
            "jahrhundert", "wochenende", "mitglied", "bürger", "einwohner", "besucher", "zuschauer",
            "nachfrage", "angebot", "preis", "summe", "betrag", "anteil", "mehrheit", "zusammenhang", "ausnahme",
            "schluss", "anlass", "beginn", "ablauf", "verlauf", "stand", "höhe", "größe", "menge", "reihe",
            // Added in the fourth round from chips an editor dropped on the development articles (see taxonomy.md).
            "stufe", "feld", "forscher", "kammer");

    /**
     * What a town is, written before its name in apposition: "die Stadt Bielefeld", "der Gemeinde Lohne". No part
     * of the name (a district is named with its word: "Landkreis Vechta", "Kreis Lippe").
     */
    static final Set<String> SETTLEMENT_WORDS = Set.of("stadt", "gemeinde", "kreisstadt", "hansestadt",
            "landeshauptstadt", "großstadt", "kleinstadt", "marktgemeinde", "dorf", "ortschaft");

    /** Words that open the name of a club, firm or institution: "FC St. Pauli", "Universität Göttingen". */
    static final Set<String> NAME_OPENERS = Set.of("st.", "sankt", "universität", "hochschule", "klinikum",
            "amtsgericht", "landgericht", "oberlandesgericht", "verwaltungsgericht", "bundesverfassungsgericht",
            "landkreis", "bistum", "erzbistum", "flughafen", "bahnhof", "hauptbahnhof", "kloster", "schloss", "burg",
            "kreis", "bezirk", "stadtteil", "hotel", "museum", "theater", "gymnasium", "schule");

    /** Endings that close the name of a place, venue or institution: "Kieler Straße", "Barclays Arena". */
    static final Set<String> NAME_CLOSERS = Set.of("straße", "strasse", "str.", "platz", "allee", "weg", "damm",
            "chaussee", "ring", "gasse", "ufer", "arena", "halle", "stadion", "park", "bahnhof", "brücke", "institut",
            "kirche", "dom", "theater", "museum", "oper", "zentrum", "klinik", "klinikum", "universität", "hochschule",
            "gymnasium", "schule", "markt", "see", "berg", "tor", "hafen", "kanal");

    /** Common first names, German and international: they mark where a person's name starts in a run of nouns. */
    static final Set<String> FIRST_NAMES = Set.copyOf(java.util.List.of(
            "alexander", "alex", "andreas", "anna", "anne", "annalena", "antje", "armin", "axel", "barbara",
            "bärbel", "bernd", "birgit", "bettina", "boris", "carsten", "christian", "christina", "christine",
            "christoph", "claudia", "cem", "daniel", "david", "dennis", "dieter", "dirk", "dorothee", "elias", "elke",
            "elena", "emil", "emma", "eva", "fabian", "felix", "florian", "frank", "franziska", "friedrich",
            "gabriele", "georg", "gerhard", "gregor", "günter", "hannah", "hans", "harald", "heidi", "heike",
            "heiko", "heinz", "helmut", "herbert", "hubert", "horst", "hendrik", "ines", "ingrid", "jan", "jana",
            "jens", "joachim", "johann", "johanna", "johannes", "jonas", "jörg", "josef", "julia", "julian", "jürgen",
            "karen", "karin", "karl", "karsten", "katharina", "katja", "katrin", "kerstin", "kevin", "klaus",
            "kristina", "lars", "laura", "lea", "lena", "leon", "lisa", "lukas", "luisa", "manfred", "manuel",
            "marcel", "marco", "marie", "marina", "mario", "markus", "marcus", "martin", "martina", "mathias",
            "matthias", "max", "maximilian", "melanie", "michael", "michaela", "miriam", "monika", "nadine", "nancy",
            "nicole", "niklas", "nils", "nina", "olaf", "oliver", "patrick", "paul", "peter", "petra", "philipp",
            "rainer", "ralf", "ralph", "robert", "robin", "roland", "rolf", "ronja", "ruth", "sabine", "sahra",
            "sandra", "sarah", "sascha", "sebastian", "silke", "simon", "simone", "sophie", "stefan", "stefanie",
            "steffen", "stephan", "susanne", "sven", "svenja", "thomas", "thorsten", "tim", "tobias", "tom", "udo",
            "ulrich", "ulrike", "ursula", "ute", "uwe", "volker", "walter", "werner", "wolfgang", "yvonne",
            "ahmed", "ali", "mehmet", "fatma", "ayşe", "mustafa", "emre", "aylin", "can", "deniz", "leyla",
            "james", "john", "jack", "george", "william", "mary", "elizabeth", "joe", "donald", "kamala",
            "emmanuel", "giorgia", "pedro", "luis", "carlos", "josé", "maria", "marta", "ana", "giovanni", "marco",
            "luca", "matteo", "pierre", "jean", "marine", "françois", "vladimir", "wolodymyr", "olena", "sergej",
            "filip", "pavel", "tomáš", "piotr", "katarzyna", "lars", "erik", "emil", "mads", "niklas",
            "jamal", "omar", "hassan", "xi", "kim", "jürgen", "sepp", "toni", "thomas", "mats", "manuel", "joshua",
            "leroy", "ilkay", "serge", "kai", "joshua", "florian", "jamal", "julian", "ralf", "hansi", "uli"));

    /** A first name from the list or from the dictionary: where a person's name starts in a run of nouns. */
    static boolean firstName(String surface, String lower, GermanDictionary.Lookup dictionary) {
        return FIRST_NAMES.contains(lower) || dictionary.firstName(surface);
    }

    /** Lower-case words inside a name: "Museum für Naturkunde", "Carl Maria von Weber". */
    static final Set<String> CONNECTORS = Set.of("für", "von", "vom", "van", "de", "zu", "zur", "der", "des", "das",
            "und", "am", "an", "im", "ob");

    /**
     * Words that make a noun phrase definite or possessed, after which a capitalised adjective opens a name ("das
     * Staatliche Bauamt", "im Medizinischen Versorgungszentrum", "seines Deutschen ..."): articles, prepositions with
     * the article in them, demonstratives and possessives.
     */
    static final Set<String> DETERMINERS = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einen",
            "einem", "eines", "einer", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "übers", "durchs",
            "fürs", "ums", "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen",
            "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
            "unser", "unsere", "unserem", "unseren", "unserer", "unseres", "euer", "eure", "eurem", "euren", "eurer",
            "eures", "mein", "meine", "meinem", "meinen", "meiner", "meines", "dein", "deine", "deinem", "deinen",
            "deiner", "deines", "kein", "keine", "keinem", "keinen", "keiner", "keines");

    /** Prepositions that join a town to its river or an institution to its place: "Frankfurt am Main". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("am", "an", "im", "ob");

    /**
     * The abbreviated legal forms of German, Austrian and Swiss companies and associations, as the commercial register
     * writes them after a firm's name: "GmbH", "AG", "GmbH & Co. KG", "e.V.".
     */
    static final Set<String> LEGAL_FORMS = Set.of("GmbH", "gGmbH", "mbH", "AG", "KG", "KGaA", "OHG", "oHG", "SE",
            "UG", "GbR", "eG", "e.G.", "e.V.", "eV", "PartG", "PartGmbB", "Ltd.", "Inc.", "S.A.", "N.V.", "B.V.", "Plc");

    /** Articles in the genitive: "Tarifkommission der IG BCE", "Präsidium des FC ...". */
    static final Set<String> GENITIVE_ARTICLES = Set.of("der", "des");

    // Only these connect the parts of a person's name; the others only an institution's.
    static final Set<String> PERSON_CONNECTORS = Set.of("von", "van", "de", "zu");

    /** The heads of institution names that continue with "für ..." or "der ...": "Bundesamt für ...". */
    static boolean institution(String lower) {
        String base = withoutGenitive(lower);
        return NAME_OPENERS.contains(base) || INSTITUTION_HEADS.stream().anyMatch(base::endsWith);
    }

    /**
     * A compound on an institution's word that is longer than the word ("fährgesellschaft" on "gesellschaft"): the
     * kind of a firm or body, which may stand in apposition before its name.
     */
    static boolean institutionCompound(String lower) {
        String base = withoutGenitive(lower);
        return INSTITUTION_HEADS.stream().anyMatch(h -> base.endsWith(h) && base.length() >= h.length() + 3);
    }

    /** Opens the name of a club, firm or institution, also in the genitive ("des Landgerichts Bonn"). */
    static boolean nameOpener(String lower) {
        return NAME_OPENERS.contains(lower) || NAME_OPENERS.contains(withoutGenitive(lower));
    }

    /** "landgerichts" → "landgericht", "amtes" → "amt": the masculine and neuter genitive ending taken off. */
    private static String withoutGenitive(String lower) {
        if (NAME_OPENERS.contains(lower) || INSTITUTION_HEADS.stream().anyMatch(lower::endsWith)) {
            return lower;
        }
        if (lower.endsWith("es") && lower.length() > 5) {
            String base = lower.substring(0, lower.length() - 2);
            if (NAME_OPENERS.contains(base) || INSTITUTION_HEADS.stream().anyMatch(base::endsWith)) {
                return base;
            }
        }
        return lower.endsWith("s") && lower.length() > 4 ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static final Set<String> INSTITUTION_HEADS = Set.of("amt", "ministerium", "bündnis", "institut",
            "museum", "stiftung", "verband", "verein", "akademie", "agentur", "behörde", "kommission", "gericht",
            "gesellschaft", "zentrum", "bund", "büro", "netzwerk", "organisation", "hochschule", "universität",
            "betrieb", "kammer", "bank", "schule", "forum", "bibliothek", "archiv", "orchester", "theater",
            // Since the seventh round: parliaments, councils, clinics and utilities, which are named by their place
            // ("Landtag Rheinland-Pfalz", "Kreisklinik Rotenburg", "Stadtwerke Lüneburg").
            "landtag", "bundestag", "kreistag", "parlament", "senat", "stadtrat", "gemeinderat", "klinik", "stadtwerke");

    /** A headline's genre label before the colon ("Kommentar: ...", "Konzertkritik: ..."), not its topic. */
    static boolean rubric(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return RUBRICS.contains(lower) || lower.endsWith("kritik");
    }

    private static final Set<String> RUBRICS = Set.of("kommentar", "analyse", "interview", "rezension", "porträt",
            "reportage", "liveblog", "newsblog", "leitartikel", "glosse", "meinung", "kolumne", "eilmeldung",
            "ticker", "faktencheck", "hintergrund", "exklusiv", "update", "video", "podcast", "bildergalerie",
            "nachruf", "gastbeitrag", "essay", "umfrage", "service", "ratgeber");

    // Nouns whose "-ern" is no dative plural ending: "Konzern" must not become "Konzer".
    static final Set<String> ERN_STEMS = Set.of("konzern", "eltern", "stern", "bayern", "ostern", "western",
            "kasern", "gestern", "modern", "intern", "extern", "bern", "luzern", "lautern", "tavern", "laterne");

    /**
     * A numeral used as a noun ("Hunderte", "Zehntausende", "Dutzenden", "Millionen"): it counts the noun after it
     * ("Zehntausende Bilder"), which makes a phrase, never a name. German's numerals are a closed class.
     */
    static boolean numeralNoun(String lower) {
        return List.of("hunderte", "hunderten", "tausende", "tausenden", "dutzende", "dutzenden", "millionen",
                "milliarden").stream().anyMatch(lower::endsWith);
    }

    static boolean isAcronym(String word) {
        int n = word.codePointCount(0, word.length());
        if (n >= 2 && n <= 4 && word.equals(word.toUpperCase(Locale.GERMAN))
                && word.chars().allMatch(Character::isLetter)) {
            return true;
        }
        // "VfL", "SpVgg", "TuS", "BaFin": a short word with a capital after its first letter is an abbreviation too.
        return n >= 3 && n <= 5 && word.chars().allMatch(Character::isLetter)
                && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /** Endings of streets, squares and waters, which a town's adjective names ("Kieler Straße", "Kölner Ring"). */
    private static final Set<String> STREET_CLOSERS = Set.of("straße", "strasse", "str.", "platz", "allee", "weg",
            "damm", "chaussee", "ring", "gasse", "ufer", "brücke", "tor", "see", "berg", "kanal", "landstraße");

    /** A bare word for a street or square, no street's name itself: "an der Straße Am Oberfeld". */
    static boolean streetWord(String lower) {
        return STREET_CLOSERS.contains(lower);
    }

    static boolean closesStreetName(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return STREET_CLOSERS.stream().anyMatch(lower::endsWith);
    }

    static boolean closesName(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return NAME_CLOSERS.stream().anyMatch(lower::endsWith);
    }

    /**
     * A league or tier of a sport: "Bundesliga", "Regionalliga", "Liga", "Kreisklasse". Its ordinal ("2. Bundesliga",
     * "3. Liga") and its region ("Regionalliga Süd", "Oberliga Westfalen") belong to its name.
     */
    static boolean tier(String lower) {
        return lower.endsWith("liga") || lower.endsWith("klasse") && lower.length() > "klasse".length();
    }

    /** The points of the compass as German writes them after a name: "Regionalliga Nord", "Gewerbegebiet Süd". */
    static final Set<String> COMPASS_POINTS = Set.of("nord", "süd", "ost", "west", "nordost", "nordwest", "südost",
            "südwest");
}
