package de.newsroom.console.tag.keyword;

import de.newsroom.console.tag.keyword.KeywordText.Occ;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names in an article: runs of capitalised words that name a person, club, firm, place or institution
 * ("FC St. Pauli", "Müller &amp; Söhne", "Kieler Straße", "Museum für Naturkunde"), with their connectors, appositions
 * and legal forms, and the noun tests the other candidate rules share. Split off {@link KeywordSuggestionService}.
 */
final class NameRuns {
    // A name never runs longer than this many words ("Landesamt für Denkmalpflege Hessen" has five): a longer run is
    // split at its lower-case connectors (round 6 made one chip of ten words).
    static final int MAX_NAME_WORDS = 6;

    private NameRuns() {
    }

    /** Noun-like: capitalised, not a stop word, and not merely capitalised for opening a sentence. */
    static boolean capitalNoun(Occ o, KeywordText text) {
        if (!o.capital() || o.stem == null || o.surface.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (o.sentenceStart) {
            if (text.lowerCaseWords.contains(o.lower)) {
                return false;
            }
            if (o.strongStart) {
                return !KeywordLexicon.SENTENCE_OPENERS.contains(o.lower) && !text.dictionary.notANoun(o.surface);
            }
            // An ordinary sentence start counts only when the dictionary knows the word as a noun and nothing else.
            return text.dictionary.onlyANoun(o.surface);
        }
        return true;
    }

    /** Runs of capitalised words that name a person, club, firm, place or institution, keyed by their stems. */
    static Map<String, Term> names(KeywordText text) {
        Map<String, Term> structural = new LinkedHashMap<>();
        Map<String, List<List<Occ>>> recurring = new LinkedHashMap<>();
        Set<String> numbered = numberedNames(text);
        for (List<Occ> chain : text.chains) {
            List<Occ> run = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                Occ o = chain.get(i);
                int event = eventOfPlace(chain, i, text);
                if (event > 0) {
                    // "Großer Preis von Wendelsrode ... den Großen Preis": an event named by its place is one name,
                    // and the name without its place ("den Großen Preis") counts for it.
                    splitRun(run, structural, recurring, text);
                    run = new ArrayList<>();
                    addName(chain.subList(i, event), structural);
                    i = event - 1;
                    continue;
                }
                if (i + 1 < chain.size() && numbered.contains(numberedKey(o, chain.get(i + 1)))
                        && run.stream().noneMatch(w -> w.number || KeywordLexicon.isAcronym(w.surface))) {
                    // "Tempo 30", "A 7", "Linie 12": a noun and the number the text writes after it again and
                    // again are one name, and the capitalised words before it are another phrase.
                    splitRun(run, structural, recurring, text);
                    run = new ArrayList<>();
                    addName(chain.subList(i, i + 2), structural);
                    i++;
                    continue;
                }
                boolean member = o.amp ? !run.isEmpty()
                        : o.connector ? !run.isEmpty() && capitalAfterConnectors(chain, i, text)
                        : (capitalNoun(o, text) || o.surface.equals("St.") || ordinalBeforeAcronym(chain, i)
                                || ordinalBeforeTier(chain, i)
                                || !run.isEmpty() && o.surface.equals("Co.")
                                || !run.isEmpty() && clubNumber(chain, i, run, text)
                                || run.isEmpty() && titleOpener(chain, i, text)
                                || !run.isEmpty() && innerFunctionWord(chain, i, text));
                if (member) {
                    run.add(o);
                } else {
                    splitRun(run, structural, recurring, text);
                    run = new ArrayList<>();
                }
            }
            splitRun(run, structural, recurring, text);
        }
        recurring.forEach((key, runs) -> {
            if (runs.size() >= 2 || structural.containsKey(key)) {
                runs.forEach(r -> addName(r, structural));
            }
        });
        // "St. Pauli" alone is the club of "FC St. Pauli": a shorter name inside a longer one counts for it.
        List<Term> all = new ArrayList<>(structural.values());
        all.sort(Comparator.comparingInt((Term t) -> t.stems.size()));
        for (Term shorter : all) {
            // "Nationalpark Sächsische Schweiz" does not take "Sächsische Schweiz": the region is a name of its own.
            all.stream().filter(longer -> longer.stems.size() > shorter.stems.size()
                            && Collections.indexOfSubList(longer.stems, shorter.stems) >= 0
                            && !(longer.namedAfterName && Collections.indexOfSubList(longer.stems, shorter.stems) > 0))
                    .max(Comparator.comparingDouble(Term::weight)).ifPresent(longer -> {
                        longer.absorb(shorter);
                        structural.remove(shorter.key);
                        // "Autobahn GmbH will Rastanlage verdreifachen ... Die Autobahn GmbH des Bundes": the
                        // headline's short form without the genitive is how the name is shown, as any headline's
                        // form of a name is (round 26).
                        if (longer.titleSurface == null && shorter.titleSurface != null
                                && (longer.key.startsWith(shorter.key + " des ")
                                        || longer.key.startsWith(shorter.key + " der "))) {
                            longer.titleSurface = shorter.titleSurface;
                        }
                    });
        }
        // "im Kreis Hollerdingen ... den Landkreis Hollerdingen", "die Kirche St. Marien ... die Stadtkirche St.
        // Marien": a name whose first word is the head of the compound that opens another name, the rest the same,
        // is that name under its short word; one keyword, in the full form.
        for (Term shorter : new ArrayList<>(structural.values())) {
            if (shorter.person || shorter.key.indexOf(' ') < 0) {
                continue;
            }
            structural.values().stream().filter(longer -> !longer.person
                            && longer.key.length() >= shorter.key.length() + 3 && longer.key.endsWith(shorter.key)
                            && longer.key.lastIndexOf(' ', longer.key.length() - shorter.key.length()) < 0)
                    .findFirst().ifPresent(longer -> {
                        longer.absorb(shorter);
                        structural.remove(shorter.key);
                    });
        }
        return structural;
    }

    /**
     * "Großer Preis von Wendelsrode", "Goldene Kamera von ...": a capitalised adjective, a common noun, "von" and a
     * proper name (no common noun, no first name) name an event or prize by its place, when the text also writes the
     * adjective and the noun capitalised in mid-sentence ("den Großen Preis"), where German writes an attributive
     * adjective in lower case except in a name. Round 16's "von" is a firm's, with its legal form. Returns the end of
     * the name in the chain, or -1.
     */
    private static int eventOfPlace(List<Occ> chain, int i, KeywordText text) {
        if (i + 3 >= chain.size()) {
            return -1;
        }
        Occ adjective = chain.get(i);
        Occ noun = chain.get(i + 1);
        Occ place = chain.get(i + 3);
        if (!adjective.capital() || adjective.connector || adjective.stem == null
                || text.dictionary.adjectiveLemma(adjective.lower) == null
                || !chain.get(i + 2).surface.equals("von") || noun.connector || !noun.capital() || noun.stem == null
                || !text.dictionary.entry(noun.surface).noun()
                || !place.capital() || place.connector || place.stem == null || commonNoun(place, text)
                || firstName(place, text)) {
            return -1;
        }
        for (List<Occ> other : text.chains) {
            for (int j = 0; j + 1 < other.size(); j++) {
                Occ a = other.get(j);
                if (a.capital() && !a.sentenceStart && a.previous != null && adjective.stem.equals(a.stem)
                        && noun.stem.equals(other.get(j + 1).stem)) {
                    return i + 4;
                }
            }
        }
        return -1;
    }

    /**
     * "Tempo 30 ... vor Schulen Tempo 30 anordnen", "auf die A 7 ... an der A 7": a capitalised noun (or a road's
     * letter) and a cardinal of one to three digits right after it that the text writes together at least twice name
     * one thing, a limit, a road, a line; the noun alone is its short form. Not a year (four digits), an ordinal or a
     * unit of the lexicon's generic words ("Jahr", "Seite").
     */
    private static Set<String> numberedNames(KeywordText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                String key = numberedKey(chain.get(i), chain.get(i + 1));
                if (key != null && (chain.get(i).surface.length() == 1 || capitalNoun(chain.get(i), text))) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        Set<String> out = new HashSet<>();
        counts.forEach((key, n) -> {
            if (n >= 2) {
                out.add(key);
            }
        });
        return out;
    }

    /** The key of a noun and the cardinal after it ("tempo 30"), or null when they are no such pair. */
    private static String numberedKey(Occ o, Occ next) {
        if (!o.capital() || o.connector || o.amp || o.stem == null
                || KeywordLexicon.GENERIC.contains(o.lower) || !next.number
                || next.surface.length() > 3 || !next.surface.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return o.lower + " " + next.surface;
    }

    /** "1. FC Köln", "1. FSV Mainz 05": an ordinal before a club's acronym is part of its name. */
    private static boolean ordinalBeforeAcronym(List<Occ> chain, int i) {
        Occ o = chain.get(i);
        return o.number && o.surface.endsWith(".") && i + 1 < chain.size()
                && KeywordLexicon.isAcronym(chain.get(i + 1).surface);
    }

    /**
     * "dem FC Wiedenbrok 09", "der TSV 1860 München", "beim FSV Mainz 05": a number after a club's name that opens
     * with its acronym is the year the club was founded, a part of its name (round 24), when German could not read it
     * as a count or a date: it opens with a zero, no quantity does ("09", "04"); or it stands between the acronym's
     * name and a word that is no common noun ("TSV 1860 München"); or the text writes the name with it again. Not
     * before a common noun ("hat der SV Ohlsbrück 30 Mitglieder"), nor a year written once after the name ("gewann
     * der FC Wiedenbrok 2019 den Pokal").
     */
    private static boolean clubNumber(List<Occ> chain, int i, List<Occ> run, KeywordText text) {
        Occ o = chain.get(i);
        Occ first = run.getFirst().number && run.size() > 1 ? run.get(1) : run.getFirst();
        if (!o.number || !o.surface.chars().allMatch(Character::isDigit)
                || o.surface.length() != 2 && o.surface.length() != 4 || !KeywordLexicon.isAcronym(first.surface)
                || run.stream().anyMatch(w -> w != run.getFirst() && w.number || w.connector || w.amp)) {
            return false;
        }
        Occ next = i + 1 < chain.size() ? chain.get(i + 1) : null;
        if (next != null && next.capital() && commonNoun(next, text)) {
            return false;
        }
        if (o.surface.startsWith("0") || next != null && next.capital() && next.stem != null && !next.connector) {
            return true;
        }
        List<Occ> named = new ArrayList<>(run);
        named.add(o);
        return timesWritten(named, text) >= 2;
    }

    /** "2. Bundesliga", "3. Liga Süd": an ordinal before a league or tier is its rank, a part of its name. */
    private static boolean ordinalBeforeTier(List<Occ> chain, int i) {
        Occ o = chain.get(i);
        return o.number && o.surface.endsWith(".") && i + 1 < chain.size() && chain.get(i + 1).capital()
                && KeywordLexicon.tier(chain.get(i + 1).lower);
    }

    /**
     * "an der Gesamtschule Am Lindenhof", "im Haus Der Kunst": German capitalises a preposition or article in the
     * middle of a sentence only inside a name.
     */
    private static boolean innerFunctionWord(List<Occ> chain, int i, KeywordText text) {
        Occ o = chain.get(i);
        if (!o.capital() || o.sentenceStart || o.stem != null || o.connector) {
            return false;
        }
        int next = i + 1;
        while (next < chain.size() && next <= i + 2 && chain.get(next).stem == null && chain.get(next).capital()) {
            next++;
        }
        return next < chain.size() && capitalNoun(chain.get(next), text);
    }

    /**
     * „Die Nachtschicht“, „Der Zauberberg“: a quotation that opens with a capitalised article or pronoun in the middle
     * of a sentence is a title, and the article belongs to it.
     */
    private static boolean titleOpener(List<Occ> chain, int i, KeywordText text) {
        Occ o = chain.get(i);
        if (!o.afterQuote || !o.capital() || o.stem != null || o.connector
                || chain.size() - i < 2 || chain.size() - i > 4 || !chain.getLast().quoteEnds) {
            return false;
        }
        // The whole quotation is the title: „Die Stadt muss handeln“ is a quoted sentence.
        return chain.subList(i + 1, chain.size()).stream().allMatch(next -> capitalNoun(next, text));
    }

    private static boolean innerFunctionWord(Occ o) {
        return o.capital() && o.stem == null && !o.sentenceStart && !o.connector && !o.surface.equals("St.");
    }

    private static boolean capitalAfterConnectors(List<Occ> chain, int i, KeywordText text) {
        int next = afterConnectors(chain, i);
        return next < chain.size() && capitalNoun(chain.get(next), text);
    }

    private static void splitRun(List<Occ> run, Map<String, Term> names, Map<String, List<List<Occ>>> recurring,
            KeywordText text) {
        while (!run.isEmpty() && (run.getLast().amp || run.getLast().connector)) {
            run = run.subList(0, run.size() - 1);
        }
        if (run.size() < 2) {
            return;
        }
        if (personDescribedByPlace(run, text)) {
            // "Der Bramsfelder Investor Lindner & Kamp", "der Quellbrücker Architekt Jannes Ottmers": a place's
            // adjective before a noun for a person describes who follows, a phrase and no name, unlike a place's
            // institutions or teams ("Bramsfelder Stadtwerke", "Kölner Haie", round 26).
            splitRun(run.subList(afterConnectors(run, 2), run.size()), names, recurring, text);
            return;
        }
        if (KeywordLexicon.numeralNoun(run.getFirst().lower)) {
            // "Zehntausende Bilder pro Tag", "Hunderte Besucher": a numeral noun counts what follows it, a phrase and
            // no name (round 26); "zu Tausenden von Nordosteuropa": nor does a connector after it open one.
            splitRun(run.subList(afterConnectors(run, 1), run.size()), names, recurring, text);
            return;
        }
        for (int i = 0; i + 1 < run.size(); i++) {
            if (firstName(run.get(i), text) && initial(run.get(i + 1))) {
                // "das Beispiel von Timo R. ... Timo R. zahlt": the press code names a defendant or client by first
                // name and initial; an editor tags no such name, nor its first name alone.
                run.get(i).inName = true;
                run.get(i + 1).inName = true;
                splitRun(run.subList(0, i), names, recurring, text);
                splitRun(run.subList(i + 2, run.size()), names, recurring, text);
                return;
            }
        }
        if (legalFormBeforeGenitive(run, text)) {
            // "Die Autobahn GmbH des Bundes ... Die Autobahn GmbH will": a legal form followed by a genitive article
            // and a noun names whose firm it is, and the genitive belongs to the registered name; the name up to its
            // legal form is the text's short form and counts for it (round 26).
            addName(run, names);
            return;
        }
        int legal = legalFormStart(run);
        if (legal > 0) {
            // "die Brunnhuber & Lang GmbH ... Brunnhuber & Lang": a firm's legal form says what kind of company the
            // name is, the editor's tag is the name without it; common nouns before the name describe the firm
            // ("Sägewerk Ostermeier GmbH"). Only where a name remains: "Autobahn GmbH" is a common noun and its
            // legal form, which together are the name.
            List<Occ> named = run.subList(0, legal);
            int genitive = indexOfConnector(named);
            if (genitive > 0 && KeywordLexicon.GENITIVE_ARTICLES.contains(named.get(genitive).surface)
                    && legal - genitive - 1 >= 2 && commonNoun(named.get(genitive - 1), text)
                    && named.subList(genitive + 1, legal).stream().noneMatch(o -> o.connector || o.amp)
                    && (writtenWithout(named.subList(genitive + 1, legal), named.get(genitive - 1), text)
                            // "in einer Gästebefragung der Quellsiel Touristik GmbH": a noun of an action before the
                            // genitive is what was done by or to the firm, never the head of its name (round 26).
                            || actionNoun(named.get(genitive - 1), text))) {
                // "der Sprecher der Brandhuber Tiefbau GmbH ... Brandhuber Tiefbau will": a common noun before a
                // genitive article and a firm the text writes again without it is what the firm has (its speaker,
                // its figures), no part of its name; round 16's rule for a connector in a firm's name is for "von",
                // "am", "zur" ("Weinkellerei von Hollmark").
                splitRun(run.subList(0, genitive), names, recurring, text);
                splitRun(run.subList(genitive + 1, run.size()), names, recurring, text);
                return;
            }
            int descriptors = 0;
            while (descriptors < named.size() - 1 && commonNoun(named.get(descriptors), text)
                    && !KeywordLexicon.institution(named.get(descriptors).lower)
                    && !named.get(descriptors + 1).amp
                    // "Sektkellerei von Tannberg GmbH": a common noun before "von", "am", "zur" ... is the head of the
                    // firm's name, no trade in apposition; the connector cannot open a name.
                    && !named.get(descriptors + 1).connector
                    // "Ostermeier Holzbau GmbH": a surname that only looks like a compound names the firm with the
                    // noun of its trade after it.
                    && (text.dictionary.entry(named.get(descriptors).surface).noun()
                            || !commonNoun(named.get(descriptors + 1), text)
                            // "Heizungshersteller Vogtmann Wärmetechnik GmbH ... wollte Vogtmann investieren": a
                            // word that only looks like a compound ("Vogt", "Mann") is a name when the text writes it
                            // alone without the article a common noun needs, so the compound before it is the trade.
                            || writtenBare(named.get(descriptors + 1), text))) {
                descriptors++;
            }
            if (descriptors == 0 && roleBeforeName(named, text)) {
                // "Der Verein Waldbühne am Kienberg e.V. ... die Waldbühne am Kienberg": a role before the name.
                descriptors = 1;
            }
            List<Occ> firm = named.subList(descriptors, named.size());
            if (descriptors == 0 && firm.size() == 1 && commonNoun(firm.getFirst(), text)) {
                addName(run, names);
                return;
            }
            // The legal form is no keyword of its own either.
            run.subList(legal, run.size()).forEach(o -> o.inName = true);
            splitRun(named.subList(0, descriptors), names, recurring, text);
            if (firm.size() >= 2) {
                Term t = addName(firm, names);
                List<Occ> withForm = run.subList(descriptors, run.size());
                if (timesWritten(firm, text) == timesWritten(withForm, text)) {
                    // Round 24: a firm the text writes only with its legal form, never without it, is shown as
                    // written ("die Quellmarsch Pflege GmbH ... Quellmarsch betreibt"): the legal form is part of a
                    // firm's registered name, and only the text's own short form drops it. The chip's words and
                    // weight stay the firm's; only its written form changes.
                    String written = String.join(" ", firm.stream().map(o -> o.surface).toList());
                    String full = String.join(" ", withForm.stream().map(o -> o.surface).toList());
                    Integer count = t.surfaces.remove(written);
                    t.surfaces.merge(full, count == null ? 1 : count, Integer::sum);
                    if (written.equals(t.titleSurface)) {
                        t.titleSurface = full;
                    }
                }
                // "Vogtmann Wärmetechnik GmbH ... wollte Vogtmann investieren": the firm's first word written alone
                // without an article is the firm's short form, no chip of its own.
                if (t.shortForm == null && writtenBare(firm.getFirst(), text)) {
                    t.shortForm = firm.getFirst().stem;
                } else if (t.shortForm == null && firm.size() >= 3 && firm.get(1).connector
                        && writtenBare(firm.getLast(), text)) {
                    // "Weinkellerei von Hollmark GmbH ... Bislang lässt Hollmark abfüllen": the name after the
                    // connector, written without an article, is the firm's short form.
                    t.shortForm = firm.getLast().stem;
                }
            }
            return;
        }
        if (objectAfterPlace(run, text)) {
            // "spielt die Freie Bühne Kerstenau Theater auf Platt": a name ends with its place; a common noun after
            // it, written so once, is the object of the sentence (round 22; round 19's rule after a person).
            splitRun(run.subList(0, run.size() - 1), names, recurring, text);
            return;
        }
        if (tradeBeforeFirm(run, text)) {
            // "Der Heizungshersteller Vogtmann Wärmetechnik baut ... wollte Vogtmann investieren", without a legal
            // form: a common noun, a word the text writes alone without an article (a name), and the noun of its
            // trade after it; the first noun is the trade in apposition, the rest the firm, its first word alone the
            // firm's short form.
            Term t = addName(run.subList(1, run.size()), names);
            t.shortForm = run.get(1).stem;
            return;
        }
        // After the trade before a firm: "Der Dachfensterhersteller Tannmeister Fenstertechnik" is that rule's.
        if (roleBeforeName(run, text)) {
            // "gegen Titelverteidiger Vossberg Sharks Potsdam ... Die Vossberg Sharks": a common noun before a name
            // that the text also writes without it is a role in apposition, no part of the name.
            splitRun(run.subList(1, run.size()), names, recurring, text);
            return;
        }
        if (kindBeforeGenitiveName(run, text)) {
            // "der Verein Freunde des Hallenbads Kormsdorf": the institution's word says what the name after it is;
            // the name is named after another ("Hallenbad Kormsdorf"), which stays a name of its own.
            addName(run.subList(1, run.size()), names).namedAfterName = true;
            return;
        }
        if (KeywordLexicon.SETTLEMENT_WORDS.contains(run.getFirst().lower) && !run.get(1).amp
                && !run.get(1).connector && (town(run.get(1), text) || !commonNoun(run.get(1), text))) {
            // "die Stadt Bielefeld", "der Gemeinde Lohne": the town in apposition to what it is; editors tag the
            // town, and the word before it is an ordinary noun.
            splitRun(run.subList(1, run.size()), names, recurring, text);
            return;
        }
        if (run.getFirst().afterQuote && run.getFirst().stem == null && run.getFirst().capital()) {
            // „Die Nachtschicht“: a title; its noun alone ("die Nachtschicht") is its short form.
            addName(run, names).shortForm = run.getLast().stem;
            return;
        }
        if (run.size() > MAX_NAME_WORDS && indexOfConnector(run) > 0) {
            // No name runs over more than six words: a longer run is several phrases joined by "an der", "im", ...
            int from = 0;
            for (int i = 0; i <= run.size(); i++) {
                if (i == run.size() || run.get(i).connector) {
                    splitRun(run.subList(from, i), names, recurring, text);
                    from = i + 1;
                }
            }
            return;
        }
        if (run.getFirst().number && run.getFirst().surface.endsWith(".") && KeywordLexicon.tier(run.get(1).lower)) {
            // "in der 2. Bundesliga", "die 3. Liga Süd": a league with its rank (and region) is one name, the league
            // without its rank a fragment of it.
            int end = 2;
            while (end < run.size() && end < 3 && !run.get(end).connector && !run.get(end).amp
                    && leagueRegion(run.get(end), text)) {
                end++;
            }
            addName(run.subList(0, end), names);
            splitRun(run.subList(end, run.size()), names, recurring, text);
            return;
        }
        if (KeywordLexicon.tier(run.getFirst().lower) && !run.get(1).connector && !run.get(1).amp
                && leagueRegion(run.get(1), text)) {
            // "Regionalliga Süd", "Oberliga Westfalen": a league and its region.
            addName(run.subList(0, 2), names);
            splitRun(run.subList(2, run.size()), names, recurring, text);
            return;
        }
        int inner = -1;
        for (int i = 1; i < run.size() && inner < 0; i++) {
            if (innerFunctionWord(run.get(i))) {
                inner = i;
            }
        }
        if (inner > 0) {
            // "auf einem Gewerbegrundstück an der Straße Am Oberfeld im Norden": the name with the capitalised
            // preposition ends at the lower-case words around it, and a bare street word before it ("an der Straße
            // Am Oberfeld") says what it is; "Gesamtschule Am Lindenhof" keeps its noun.
            int from = inner;
            while (from > 0 && !run.get(from - 1).connector && !run.get(from - 1).amp) {
                from--;
            }
            if (from == inner - 1 && KeywordLexicon.streetWord(run.get(from).lower)) {
                from = inner;
            }
            int to = inner + 1;
            while (to < run.size() && !run.get(to).connector && !run.get(to).amp) {
                to++;
            }
            if (from > 0 || to < run.size()) {
                splitRun(run.subList(0, from), names, recurring, text);
                if (to - from >= 2) {
                    addName(run.subList(from, to), names).shortForm = run.get(to - 1).stem;
                }
                int rest = afterConnectors(run, to);
                splitRun(run.subList(rest, run.size()), names, recurring, text);
                return;
            }
            // "Gesamtschule Am Lindenhof": the name's last word alone ("am Lindenhof") is its short form.
            addName(run, names).shortForm = run.getLast().stem;
            return;
        }
        // "Möbelhersteller Müller & Söhne": common nouns before the word that the "&" joins describe the firm, they
        // are no part of its name.
        int amp = indexOfAmp(run);
        int descriptors = 0;
        while (descriptors < amp - 1 && commonNoun(run.get(descriptors), text)) {
            descriptors++;
        }
        if (descriptors > 0) {
            splitRun(run.subList(0, descriptors), names, recurring, text);
            splitRun(run.subList(descriptors, run.size()), names, recurring, text);
            return;
        }
        int head = adjectiveOpened(run, text);
        int connector = indexOfConnector(run);
        int preposition = indexOfPlacePreposition(run);
        if (preposition > connector && connector > 0) {
            // "Museum für Naturkunde am Montag": only the first connector may join a name, a later "am" ends it.
            int after = afterConnectors(run, preposition);
            splitRun(run.subList(0, preposition), names, recurring, text);
            splitRun(run.subList(after, run.size()), names, recurring, text);
            return;
        }
        if (connector == 2 && townAdjective(run.getFirst(), text) && KeywordLexicon.institution(run.get(1).lower)) {
            // "des Berliner Museums für Naturkunde": a town's adjective before an institution's name with its "für" or
            // "der" tail says where the institution is; the name is "Museum für Naturkunde".
            splitRun(run.subList(1, run.size()), names, recurring, text);
            return;
        }
        if (connector > 0) {
            int named = afterConnectors(run, connector);
            // "Tarifkommission der IG BCE": a body of an organisation that is named itself is no name of its own.
            boolean bodyOfNamed = KeywordLexicon.GENITIVE_ARTICLES.contains(run.get(connector).surface)
                    && named < run.size() && (KeywordLexicon.isAcronym(run.get(named).surface)
                            || KeywordLexicon.nameOpener(run.get(named).lower)
                            || connector == 1 && namedInstitutionAfter(run, named, text));
            if (bodyOfNamed && head == 1 && connector == 2 && KeywordLexicon.institution(run.get(1).lower)
                    && named == connector + 1 && named + 2 == run.size()
                    && KeywordLexicon.nameOpener(run.get(named).lower)
                    && !KeywordLexicon.isAcronym(run.get(named).surface)) {
                // "Die Untere Wasserbehörde des Landkreises Ostermoor": an office every district has, named by a
                // capitalised adjective and its noun, is a name only with the district it belongs to; its noun alone
                // ("Die Wasserbehörde") is the short form, and the district stays a name of its own (round 24).
                Term t = addName(run, names);
                t.shortForm = run.get(1).stem;
                t.namedAfterName = true;
                splitRun(run.subList(named, run.size()), names, recurring, text);
                return;
            }
            if (KeywordLexicon.PLACE_PREPOSITIONS.contains(run.get(connector).surface)) {
                // "Frankfurt am Main", "Halle an der Saale": a town named by its river; "Schule an der Ruhr",
                // "Gesamtschule am Lindenhof": an institution named by its place, not by a common noun ("am Montag").
                Occ place = run.get(named < run.size() ? named : run.size() - 1);
                GermanDictionary.Entry entry = text.dictionary.entry(place.surface);
                // A town the dictionary lacks counts when it is no noun the dictionary knows and stands alone
                // elsewhere ("Rotenburg an der Fulda ... in Rotenburg"), and a river it knows only as a town's name
                // counts too ("Fulda"); not "Hamburg am Montag", not "Blühstreifen am Ackerrand".
                Occ town = run.getFirst();
                // "Jagdunfall im Harz", "Treibjagd im Taunus": a compound on a common noun the dictionary lacks is a
                // thing or event at a place, a description, unless the text writes it as a place ("in Mühldorf").
                boolean townOnRiver = connector == 1 && named == run.size() - 1
                        && (text.dictionary.properNameOf(town.surface, "STD")
                                || !text.dictionary.entry(town.surface).noun() && text.standsAlone(town.lower)
                                        && (!text.dictionary.commonNoun(town.surface) || town(town, text)))
                        && (text.dictionary.properNameOf(place.surface, "WAT") || entry.properName());
                boolean institutionAtPlace = KeywordLexicon.institution(run.getFirst().lower)
                        && named == run.size() - 1 && (!entry.noun() || entry.properName())
                        && !KeywordLexicon.GENERIC.contains(place.lower);
                if (townOnRiver || institutionAtPlace) {
                    Term t = addName(run, names);
                    if (institutionAtPlace) {
                        t.shortForm = place.stem;
                    } else {
                        // "Rotenburg an der Fulda ... in Rotenburg": the town alone is the town of the name, even
                        // where the archive has a tag for another town of that name.
                        t.shortForm = run.getFirst().stem;
                    }
                    return;
                }
            } else if (!bodyOfNamed && (personWithParticle(run, connector, text)
                    || KeywordLexicon.institution(run.getFirst().lower) && institutionBefore(run, connector)
                    || head > 0 && head < connector && KeywordLexicon.institution(run.get(head).lower)
                            && institutionBefore(run, connector))) {
                // "Bayerische Akademie der Wissenschaften": an adjective before an institution's word opens its name.
                Term t = addName(run, names);
                t.person = head < 0 && !KeywordLexicon.institution(run.getFirst().lower);
                if (t.person && ownerBeforeAdjective(run.getLast(), text)) {
                    // "verlegt Carl Maria von Webers romantische Oper": the person is "Carl Maria von Weber".
                    String written = String.join(" ", run.stream().map(o -> o.surface).toList());
                    Integer count = t.surfaces.remove(written);
                    t.surfaces.merge(written.substring(0, written.length() - 1), count == null ? 1 : count,
                            Integer::sum);
                }
                if (head > 0) {
                    t.shortForm = run.get(head).stem;
                } else if (!t.person && t.shortForm == null && !run.get(connector).surface.equals("und")) {
                    // "Museum für Naturkunde ... Das Museum hat": the institution's word alone is its short form, once
                    // the text names the institution more than once ("wie es der Bund für Brücken angekündigt hat"
                    // once is no institution the text is about).
                    t.shortForm = run.getFirst().stem;
                    t.shortFormIfRepeated = true;
                }
                return;
            }
            int after = afterConnectors(run, connector);
            splitRun(run.subList(0, connector), names, recurring, text);
            splitRun(run.subList(after, run.size()), names, recurring, text);
            return;
        }
        for (int i = 0; i + 1 < run.size(); i++) {
            if (firstName(run.get(i), text) && !run.get(i + 1).amp) {
                int end = i + 2;
                while (end < run.size() && end < i + 3 && !run.get(end).amp) {
                    end++;
                }
                // "Thomas Manns Roman": a name before a common noun, its last word ending in "s", is a genitive;
                // the noun is what it owns, and the person is "Thomas Mann".
                // "Friedrich Schillers „Die Räuber“": so is a name ending in "s" right before a quoted title.
                Occ owner = run.get(i + 1);
                boolean owned = i + 2 < run.size() ? commonNoun(run.get(i + 2), text)
                        : owner.quoteFollows && !owner.surface.endsWith("ss");
                boolean genitive = owned
                        && owner.surface.endsWith("s") && owner.surface.length() > 3 && !firstName(owner, text)
                        && !ownName(owner, text);
                if (genitive) {
                    end = i + 2;
                } else if (end == i + 3 && commonNoun(run.get(i + 2), text) && !firstName(run.get(i + 1), text)
                        && writtenWithoutNext(run.subList(i, i + 3), text)
                        && timesWritten(run.subList(i, i + 3), text) == 1) {
                    // "Am Sonntag singt Wiebke Andersohn Lieder von Brahms ... die Sopranistin Wiebke Andersohn": a
                    // common noun after a person's name that the text also writes without it, and only once with it,
                    // is the object of the sentence, no part of the name ("Max Ophüls Preis", written again and
                    // again, is a prize named after the person).
                    end = i + 2;
                }
                Term person = addName(run.subList(i, end), names);
                person.person = true;
                if (genitive) {
                    String written = run.get(i).surface + " " + owner.surface;
                    Integer count = person.surfaces.remove(written);
                    String nominative = written.substring(0, written.length() - 1);
                    person.surfaces.merge(nominative, count == null ? 1 : count, Integer::sum);
                    if (written.equals(person.titleSurface)) {
                        person.titleSurface = nominative;
                    }
                }
                splitRun(run.subList(0, i), names, recurring, text);
                splitRun(run.subList(end, run.size()), names, recurring, text);
                return;
            }
        }
        int n = run.size();
        Occ last = run.get(n - 1);
        Occ before = run.get(n - 2);
        // "Kapitän Jackson Irvine ... Irvine sprach": two words at the end of a run that are no common noun (nor a
        // compound on one), the last of them also written alone, are a person the dictionary does not know.
        // "Textilkaufmann Ernst Salomon ... Salomon emigrierte": a first name that is also a common noun counts here.
        boolean beforeNamelike = !commonNoun(before, text)
                || text.dictionary.firstNameReading(before.surface);
        // "Inhaberin Ilsabe Dornecke ... sagt Dornecke": a surname that only looks like a compound ("Ecke") counts as
        // no common noun when the text writes it bare (round 22). "der Kanuclub Vandalia Kerstenau ... in
        // Kerstenau": a word the text writes as a place ends no person's name.
        boolean lastNamelike = !commonNoun(last, text) || surnameLike(last, text);
        if (!last.amp && !before.amp && !last.number && lastNamelike && beforeNamelike
                && !KeywordLexicon.isAcronym(before.surface) && !KeywordLexicon.nameOpener(before.lower)
                && !KeywordLexicon.closesName(last.surface) && text.standsAlone(last.lower)
                && !text.writtenAsPlace(last.lower)) {
            addName(run.subList(n - 2, n), names).person = true;
            splitRun(run.subList(0, n - 2), names, recurring, text);
            return;
        }
        if (n == 2 && institutionAtPlace(run, text)) {
            // "Der Landtag Rheinland-Pfalz hat ...", "die Kreisklinik Rotenburg": an institution named by its place is
            // one name, and the institution's word alone ("der Landtag") is its short form.
            addName(run, names).shortForm = run.getFirst().stem;
            return;
        }
        Occ first = run.getFirst().number ? run.get(1) : run.getFirst();
        if (placeAdjectiveBeforeNoun(run, text)) {
            // "vor dem Kasseler Rathaus", "Ravensburger Museum": a town's town hall or museum, two keywords; but
            // "Allgäuer Bergmilch ... Bergmilch-Vorstand", "Kölner Haie ... Haie-Torwart" are names, and their noun
            // alone ("die Haie") is the short form. Streets are named by a town's adjective ("Kieler Straße").
            if (namedByItsNoun(run, text)) {
                addName(run, names).shortForm = run.getLast().stem;
            }
            return;
        }
        if (head < 0 && run.size() >= 3 && commonNoun(run.getFirst(), text)
                && !firstName(run.getFirst(), text) && adjectiveHead(run, 1, text) > 1) {
            // "der Nationalpark Sächsische Schweiz", "des Tourismusverbands Sächsische Schweiz": a capitalised adjective
            // cannot belong to the noun before it, so the noun names an institution after the adjective's name: one
            // name, and the noun alone ("im Nationalpark") its short form; the adjective's name ("Sächsische
            // Schweiz") stays a name of its own.
            int named = adjectiveHead(run, 1, text);
            int end = named + 1;
            while (end < run.size() && !run.get(end).amp && !text.dictionary.entry(run.get(end).surface).noun()) {
                end++;
            }
            Term t = addName(run.subList(0, end), names);
            t.shortForm = run.getFirst().stem;
            t.namedAfterName = true;
            addName(run.subList(1, end), names).shortForm = run.get(named).stem;
            splitRun(run.subList(end, run.size()), names, recurring, text);
            return;
        }
        if (head > 0) {
            // "das Staatliche Bauamt Regensburg", "ein Medizinisches Versorgungszentrum": German writes an adjective in
            // lower case in mid-sentence except in a name, so a capitalised one opens a name with the nouns after it,
            // and its noun alone ("das Bauamt") is the name's short form. The name ends with its place: a common noun
            // after a proper name is the next phrase.
            // Round 24: the run's last word, a town the dictionary knows, ends the name too, also where the
            // dictionary has a common noun's reading for it besides ("der Botanischen Staatssammlung München"), which
            // cut it off as the next phrase; a town it lacks was always taken.
            int end = head + 1;
            while (end < run.size() && !run.get(end).amp && (!text.dictionary.entry(run.get(end).surface).noun()
                    || end == run.size() - 1 && text.dictionary.properNameOf(run.get(end).surface, "STD"))) {
                end++;
            }
            addName(run.subList(0, end), names).shortForm = run.get(head).stem;
            splitRun(run.subList(end, run.size()), names, recurring, text);
            return;
        }
        boolean structural = run.stream().anyMatch(o -> o.amp) || KeywordLexicon.isAcronym(first.surface)
                || KeywordLexicon.nameOpener(first.lower) || KeywordLexicon.closesName(run.getLast().surface);
        if (structural && KeywordLexicon.nameOpener(first.lower) && run.size() >= 3) {
            // "das Urteil des Landgerichts Bonn Berufung einlegen": the institution's name ends with its place, a
            // common noun after that is the next phrase.
            int end = run.size();
            while (end > 2 && commonNoun(run.get(end - 1), text)
                    && text.dictionary.entry(run.get(end - 2).surface).properName()) {
                end--;
            }
            if (end < run.size()) {
                splitRun(run.subList(0, end), names, recurring, text);
                splitRun(run.subList(end, run.size()), names, recurring, text);
                return;
            }
        }
        if (structural) {
            // A name that opens with an acronym is a club's, party's or union's ("FC Bayern München", "IG BCE"): a
            // word from its middle ("Bayern", "Bayern-Coach") is its short form, the last word ("München" of it,
            // "Hamburg" of "SPD Hamburg", "Metall" of "IG Metall") may well be a place or a topic of its own.
            addName(run, names).club |= KeywordLexicon.isAcronym(first.surface);
        } else if (ownersBusiness(run, text)) {
            // "den Obsthof Wessendorp ... sagt Frauke Wessendorp": a business named after its owner is one name, and
            // its kind word alone ("Der Obsthof ...") is its short form (round 24).
            addName(run, names).shortForm = run.getFirst().stem;
        } else if (descriptorBeforeName(run, text)) {
            return;
        } else if (n >= 3 && (text.dictionary.properNameOf(last.surface, "STD") || town(last, text)
                && namedAtTown(run, text))) {
            // "gegen die Telekom Baskets Bonn": three or more capitalised words ending with a town (no first name,
            // acronym or institution word, see above) are a club's or firm's name, not a town after two keywords.
            // Since round 22 also a town the dictionary lacks that the text writes as a place ("der Kanuclub
            // Vandalia Kerstenau ... in Kerstenau"); a kind, a name and the town: the name's core word alone ("die
            // Vandalia") is the short form.
            Term t = addName(run, names);
            if (n == 3 && t.shortForm == null && commonNoun(run.getFirst(), text) && !commonNoun(run.get(1), text)
                    && !run.get(1).connector && !run.get(1).amp && text.standsAlone(run.get(1).lower)) {
                t.shortForm = run.get(1).stem;
            }
        } else if (run.stream().noneMatch(o -> KeywordLexicon.GENERIC.contains(o.lower))) {
            // "Milliarden Euro", "Ende Januar" recur, but units and dates make no name.
            recurring.computeIfAbsent(key(run), k -> new ArrayList<>()).add(run);
        }
    }

    /** A league's region: a point of the compass ("Süd") or a proper name of the dictionary ("Westfalen"). */
    private static boolean leagueRegion(Occ o, KeywordText text) {
        return KeywordLexicon.COMPASS_POINTS.contains(o.lower) || text.dictionary.entry(o.surface).properName()
                && !commonNoun(o, text);
    }

    /**
     * "die Notaufnahme des Kommunalen Krankenhauszentrums Altbrück": after a genitive article a capitalised adjective
     * can only open a name (German writes an attributive adjective in lower case elsewhere), and where its noun is an
     * institution's the common noun before the article is a part of that institution, a keyword of its own, not one
     * name with it ("Bayerische Akademie der Wissenschaften" has no adjective after its "der").
     */
    static boolean namedInstitutionAfter(List<Occ> run, int named, KeywordText text) {
        int head = adjectiveHead(run, named, text);
        return head > named && KeywordLexicon.institution(run.get(head).lower);
    }

    /**
     * "das Staatliche Bauamt", "des Bayerischen Verkehrsministeriums", "im Medizinischen Versorgungszentrum": the index
     * of the noun after one or more capitalised adjectives that open the run in mid-sentence, or -1. German writes an
     * attributive adjective in lower case except inside a name. Not a town's "-er" adjective (the rules for "Kasseler
     * Rathaus" decide about those), nor a word the dictionary also knows as a noun of its own, which may stand in
     * apposition ("Vorsitzende Richterin", "der Grüne", "die Deutsche").
     */
    private static int adjectiveOpened(List<Occ> run, KeywordText text) {
        if (!determined(run.getFirst(), text) && !afterApposition(run.getFirst(), text)) {
            return -1;
        }
        int head = adjectiveHead(run, 0, text);
        return head < 0 && adjectiveNounBeforePlace(run, text) ? 1 : head;
    }

    /**
     * "von der Wählervereinigung Freie Bürgerliste Dornstedt": a capitalised adjective right after a common noun in
     * mid-sentence. German puts an attributive adjective before its noun, never after it, so the adjective opens a name
     * in apposition to the noun before it, which stands where the article would ("der Nationalpark Sächsische
     * Schweiz"); once a role before a name is split off ({@link #roleBeforeName}) the name's adjective is as
     * determined as after "die".
     */
    private static boolean afterApposition(Occ first, KeywordText text) {
        Occ previous = first.previous;
        return previous != null && !first.sentenceStart && previous.capital() && !previous.connector
                && previous.stem != null && !previous.sentenceStart && commonNoun(previous, text)
                && text.dictionary.adjectiveLemma(previous.lower) == null;
    }

    /**
     * "die Freiwillige Feuerwehr Kranichsee": an adjective the dictionary also knows as a noun of its own ("die
     * Freiwillige", like "die Vorsitzende") still opens a name when a common noun and a place follow it; in apposition
     * such a noun stands before a person ("die Vorsitzende Richterin Anna Berg"), not before a town.
     */
    private static boolean adjectiveNounBeforePlace(List<Occ> run, KeywordText text) {
        if (run.size() != 3) {
            return false;
        }
        Occ adjective = run.getFirst();
        Occ noun = run.get(1);
        Occ place = run.get(2);
        return adjective.capital() && !adjective.sentenceStart && !adjective.connector && !adjective.hyphenated()
                && !townAdjective(adjective, text) && text.dictionary.adjectiveLemma(adjective.lower) != null
                && !noun.connector && !noun.amp && commonNoun(noun, text) && !firstName(noun, text)
                && !KeywordLexicon.GENERIC.contains(noun.lower)
                && !place.connector && !place.amp && town(place, text);
    }

    /** The index of the noun after the capitalised adjectives from {@code from} on, or -1. */
    private static int adjectiveHead(List<Occ> run, int from, KeywordText text) {
        int i = from;
        while (i < run.size() && capitalAdjective(run.get(i), i == 0, text)) {
            i++;
        }
        if (i == from || i >= run.size()) {
            return -1;
        }
        Occ head = run.get(i);
        return head.capital() && !head.connector && !head.amp && !text.dictionary.notANoun(head.surface)
                && !KeywordLexicon.GENERIC.contains(head.lower) ? i : -1;
    }

    /**
     * A name with an adjective is definite: an article, a preposition with the article in it or a possessive stands
     * before it, perhaps with a lower-case adjective between ("ein eigenes Medizinisches Versorgungszentrum"), or it
     * is quoted („Neue Grundsicherung“). "unterschrieben Angehörige Leistungsnachweise" is a nominalised adjective
     * and its object.
     */
    static boolean determined(Occ first, KeywordText text) {
        if (first.before == null) {
            return first.afterQuote;
        }
        return KeywordLexicon.DETERMINERS.contains(first.before) || text.dictionary.adjectiveLemma(first.before) != null;
    }

    /**
     * "Titelverteidiger Vossberg Sharks Potsdam ... Die Vossberg Sharks", "Der Verein Waldbühne am Kienberg e.V. ...
     * Die Waldbühne am Kienberg": a common noun before three or more words, the text writing the first of them with the
     * next word (or a connector and a capitalised word) elsewhere without the noun. German puts a role, trade or kind
     * in apposition before a name ("Titelverteidiger", "Verein", "Kapitän"); the noun is no part of it. Not before a
     * place ("Amtsgericht Bad Kaltenach ... in Bad Kaltenach": the institution is named by its place; nor after a word
     * that opens such names, "Klinikum", "Landkreis", which a two-word place hides from the place test), a first name
     * (the person rules decide) or a capitalised adjective ("Nationalpark Sächsische Schweiz").
     */
    private static boolean roleBeforeName(List<Occ> run, KeywordText text) {
        if (run.size() < 3 || run.stream().anyMatch(o -> o.amp || o.number)) {
            return false;
        }
        Occ role = run.getFirst();
        Occ name = run.get(1);
        // "Gesamtschule Am Lindenhof ... Am Lindenhof": a capitalised preposition opens the name after the noun.
        if (role.connector || name.connector || name.stem == null || !commonNoun(role, text) || firstName(role, text)
                || KeywordLexicon.isAcronym(role.surface) || KeywordLexicon.nameOpener(role.lower)
                || text.dictionary.adjectiveLemma(role.lower) != null
                || firstName(name, text) || capitalAdjective(name, false, text) || town(name, text)
                || text.writtenAsPlace(name.lower)) {
            return false;
        }
        int end = 2;
        while (end < run.size() && run.get(end).connector) {
            end++;
        }
        if (end >= run.size()) {
            return false;
        }
        List<Occ> head = run.subList(1, end + 1);
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i + head.size() <= chain.size(); i++) {
                if (chain.get(i) == name || i > 0 && chain.get(i - 1).lower.equals(role.lower)) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < head.size() && same; k++) {
                    same = chain.get(i + k).lower.equals(head.get(k).lower);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The text writes these words again, in this order, elsewhere and not right after {@code noun}: "Brandhuber
     * Tiefbau will" beside "der Sprecher der Brandhuber Tiefbau GmbH".
     */
    private static boolean writtenWithout(List<Occ> words, Occ noun, KeywordText text) {
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i + words.size() <= chain.size(); i++) {
                if (chain.get(i) == words.getFirst()
                        || i > 1 && chain.get(i - 2).lower.equals(noun.lower)
                        || i > 0 && chain.get(i - 1).lower.equals(noun.lower)) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < words.size() && same; k++) {
                    same = chain.get(i + k).lower.equals(words.get(k).lower);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Inhaberin Ilsabe Dornecke ... sagt Dornecke": a word the dictionary lacks that only looks like a compound on a
     * singular noun ("Dorn", "Ecke"), which the text writes bare ({@link #writtenBare}), where German needs an article
     * before a singular common noun: a surname. A plural compound stands bare as a common noun ("Landärzte fehlen").
     */
    private static boolean surnameLike(Occ o, KeywordText text) {
        return !text.dictionary.entry(o.surface).known() && !"PLU".equals(text.dictionary.gender(o.surface))
                && writtenBare(o, text);
    }

    /**
     * A run ending with a town the dictionary lacks names one thing when the text writes it more than once ("Der
     * Kanuclub Vandalia Kerstenau ... 1921 als Kanuclub Vandalia Kerstenau gegründet"), or when it opens with an
     * institution's word or a capitalised adjective, which open names ("die Freie Bühne Kerstenau"; also a compound
     * on one the dictionary lacks, "die Niederdeutsche ..."). Written once after a common noun it may be a role in
     * apposition and a name ("den Titelverteidiger Borussia Ludwigsfelde", "auf Titelverteidiger Eintracht
     * Bergfelde").
     */
    private static boolean namedAtTown(List<Occ> run, KeywordText text) {
        Occ first = run.getFirst();
        return timesWritten(run, text) >= 2 || KeywordLexicon.institution(first.lower)
                || text.dictionary.adjectiveLemma(first.lower) != null || adjectiveCompound(first, text);
    }

    /** A word the dictionary lacks that ends in an adjective's form ("Niederdeutsche" on "deutsche"). */
    private static boolean adjectiveCompound(Occ o, KeywordText text) {
        if (text.dictionary.entry(o.surface).known()) {
            return false;
        }
        for (int i = 3; i <= o.lower.length() - 5; i++) {
            if (text.dictionary.adjectiveLemma(o.lower.substring(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spielt die Freie Bühne Kerstenau Theater auf Platt": three or more words whose last is a common noun after a
     * town that the text writes as a place ("in Kerstenau"), the whole written once. A name ends with its place
     * ("Landgericht Bonn", "Freie Bühne Kerstenau"); the noun after it is the next phrase.
     */
    private static boolean objectAfterPlace(List<Occ> run, KeywordText text) {
        int n = run.size();
        if (n < 3) {
            return false;
        }
        Occ last = run.get(n - 1);
        Occ place = run.get(n - 2);
        if (last.amp || last.connector || last.number || place.amp || place.connector || place.number
                || last.stem == null || place.stem == null) {
            return false;
        }
        return commonNoun(last, text) && !text.dictionary.entry(last.surface).properName()
                && !KeywordLexicon.isAcronym(last.surface) && !firstName(last, text)
                && text.writtenAsPlace(place.lower) && town(place, text) && timesWritten(run, text) == 1;
    }

    /**
     * A common noun (no institution's or settlement's word, no first name), then a word that only looks like a noun
     * and that the text writes bare ({@link #writtenBare}), then one noun of a trade: "Heizungshersteller Vogtmann
     * Wärmetechnik".
     */
    private static boolean tradeBeforeFirm(List<Occ> run, KeywordText text) {
        if (run.size() != 3 || run.stream().anyMatch(o -> o.amp || o.connector || o.number)) {
            return false;
        }
        Occ trade = run.getFirst();
        Occ name = run.get(1);
        Occ last = run.getLast();
        // "Die Fährgesellschaft Baltrana Seereisen": a compound on an institution's word is a trade like any other;
        // the word itself ("Gesellschaft", "Verband") or one that opens names ("Landgericht") is no trade.
        // Not before a place ("die Kreisklinik Hellwede"): an institution is named by its place.
        boolean institution = KeywordLexicon.institution(trade.lower) && (KeywordLexicon.nameOpener(trade.lower)
                || !KeywordLexicon.institutionCompound(trade.lower) || town(name, text));
        return commonNoun(trade, text) && !institution
                && !KeywordLexicon.SETTLEMENT_WORDS.contains(trade.lower) && !firstName(trade, text)
                && !KeywordLexicon.isAcronym(trade.surface) && !text.dictionary.entry(name.surface).known()
                && !firstName(name, text) && writtenBare(name, text)
                && commonNoun(last, text) && !text.dictionary.entry(last.surface).properName()
                && !KeywordLexicon.isAcronym(last.surface) && !text.standsAlone(last.lower);
    }

    /**
     * The text writes this word alone in mid-sentence below the headline (no capitalised word beside it, not opening
     * the sentence) with no article, possessive or adjective before it: "wollte Vogtmann investieren". German needs
     * an article before a common noun there, not before a name.
     */
    private static boolean writtenBare(Occ word, KeywordText text) {
        for (List<Occ> chain : text.chains) {
            for (int i = 1; i < chain.size(); i++) {
                Occ o = chain.get(i);
                if (o.lower.equals(word.lower) && o.weight < KeywordText.TITLE_WEIGHT && !o.sentenceStart
                        && !chain.get(i - 1).capital() && (i + 1 == chain.size() || !chain.get(i + 1).capital())
                        && !determined(o, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean capitalAdjective(Occ o, boolean first, KeywordText text) {
        // "Neue", "Große", "Erste": the commonest adjectives are capitalised in fixed terms that are no names ("die
        // Neue Grundsicherung", "Erste Hilfe"); the lexicon lists them as words capitalised for other reasons.
        if (!o.capital() || o.connector || o.amp || o.stem == null || first && o.sentenceStart || o.hyphenated()
                || townAdjective(o, text) || KeywordLexicon.SENTENCE_OPENERS.contains(o.lower)
                || text.dictionary.adjectiveLemma(o.lower) == null) {
            return false;
        }
        return !text.dictionary.nounOfItsOwn(o.surface);
    }

    /**
     * "des Ziegenhofs Wessendorp ... führt den Ziegenhof Wessendorp ... sagt Landwirtin Frauke Wessendorp": a common
     * noun before the surname of a person the text names in full (after a first name), the two written with an
     * article or a preposition with one before them wherever they stand below the headline. German names a farm, shop
     * or firm after its owner so ("die Bäckerei Wittkamp", "das Autohaus Brenner") and, as a name headed by a common
     * noun, always with the article; a role before a surname stands bare ("sagt Ortsvorsteher Tamm", "Trainer Müller
     * lobte"). The business is one name, not a descriptor and a person (round 24).
     */
    // Nouns of an action, a quality or a group of people ("Geschäftsführung", "Mannschaft") name no business: "warf die
    // Geschäftsführung Kowalczyk vor" is a subject and an object.
    private static final List<String> ABSTRACT_SUFFIXES = List.of("ung", "heit", "keit", "schaft", "tion");

    /**
     * A place's adjective (a capitalised word in "-er" that is no noun, nor a compound on a singular noun, nor a first
     * name) and a singular noun for a person: a masculine noun whose feminine in "-in" the dictionary knows
     * ("Investor", "Architekt").
     */
    private static boolean personDescribedByPlace(List<Occ> run, KeywordText text) {
        Occ place = run.get(0);
        Occ person = run.get(1);
        if (!place.capital() || place.connector || place.amp || place.number || place.sentenceStart
                || !place.surface.endsWith("er") || place.surface.length() < 5
                || text.dictionary.entry(place.surface).noun() || firstName(place, text)
                // "Küchenmöbelhersteller Müller": a compound on a singular noun ("Hersteller") is a noun itself; a
                // place's adjective ends, if anything, like a plural ("Bramsfelder" on "Felder").
                || text.dictionary.gender(place.surface) != null && !"PLU".equals(text.dictionary.gender(place.surface))
                || person.connector || person.amp || person.number || !commonNoun(person, text)
                || !"MAS".equals(text.dictionary.gender(person.surface))) {
            return false;
        }
        return text.dictionary.entry(person.surface + "in").noun();
    }

    /** A common noun of an action ("Befragung", "Prüfung", "Kündigung"), no institution's word ("Stiftung"). */
    private static boolean actionNoun(Occ o, KeywordText text) {
        return (o.lower.endsWith("ung") || o.lower.endsWith("tion")) && o.lower.length() > 6
                && !KeywordLexicon.institution(o.lower) && !KeywordLexicon.nameOpener(o.lower)
                && !text.dictionary.entry(o.surface).properName();
    }

    private static boolean ownersBusiness(List<Occ> run, KeywordText text) {
        if (run.size() != 2) {
            return false;
        }
        Occ kind = run.getFirst();
        Occ owner = run.getLast();
        if (kind.amp || kind.connector || kind.number || owner.amp || owner.connector || owner.number
                || kind.stem == null || owner.stem == null || !commonNoun(kind, text) || firstName(kind, text)
                || KeywordLexicon.isAcronym(kind.surface) || KeywordLexicon.isAcronym(owner.surface)
                || text.dictionary.adjectiveLemma(kind.lower) != null || text.dictionary.entry(owner.surface).properName()
                || firstName(owner, text) || ABSTRACT_SUFFIXES.stream().anyMatch(kind.lower::endsWith)) {
            return false;
        }
        boolean namedInFull = false;
        int determinedPairs = 0;
        for (List<Occ> chain : text.chains) {
            for (int i = 1; i < chain.size(); i++) {
                Occ o = chain.get(i);
                if (!o.lower.equals(owner.lower)) {
                    continue;
                }
                Occ before = chain.get(i - 1);
                if (before.capital() && !before.connector && (firstName(before, text)
                        || text.dictionary.firstNameReading(before.surface))) {
                    namedInFull = true;
                }
                if (kind.stem.equals(before.stem) && before.weight < KeywordText.TITLE_WEIGHT) {
                    if (!determined(before, text)) {
                        return false;
                    }
                    determinedPairs++;
                }
            }
        }
        return namedInFull && determinedPairs >= 1;
    }

    /**
     * "Bäckereikette Sonnenkorn ... Sonnenkorn hatte": a common noun before a word that the text also writes alone
     * (never the noun) is an apposition that says what the name is; it is no part of the name.
     */
    private static boolean descriptorBeforeName(List<Occ> run, KeywordText text) {
        if (run.size() != 2) {
            return false;
        }
        Occ first = run.getFirst();
        Occ last = run.getLast();
        GermanDictionary.Entry entry = text.dictionary.entry(first.surface);
        return commonNoun(first, text) && !entry.other() && !entry.properName()
                && !KeywordLexicon.isAcronym(last.surface) && !KeywordLexicon.institution(first.lower)
                && text.standsAlone(last.lower) && !text.standsAlone(first.lower)
                && text.dictionary.adjectiveLemma(first.lower) == null
                && !text.dictionary.entry(last.surface).properName();
    }

    /**
     * "vor dem Kasseler Rathaus": a place adjective (a town's "-er" adjective) before a common noun is the town's
     * thing, not a name of its own, unless the noun closes names of places and venues ("Kieler Straße").
     */
    private static boolean placeAdjectiveBeforeNoun(List<Occ> run, KeywordText text) {
        if (run.size() != 2) {
            return false;
        }
        Occ first = run.getFirst();
        Occ last = run.getLast();
        return townAdjective(first, text) && text.dictionary.commonNoun(last.surface)
                && !KeywordLexicon.closesStreetName(last.surface)
                && !KeywordLexicon.isAcronym(last.surface);
    }

    static boolean townAdjective(Occ o, KeywordText text) {
        if (!o.surface.endsWith("er") || o.surface.length() < 5) {
            return false;
        }
        String town = o.surface.substring(0, o.surface.length() - 2);
        // A town the dictionary lacks counts when the text writes it on its own: "in Ravensburg"; or as a word of
        // its own inside a name ("RV Kranzbach ... die Kranzbacher Ruderer"), a word the dictionary does not know.
        String lower = town.toLowerCase(Locale.GERMAN);
        return text.dictionary.placeAdjective(o.surface) || text.dictionary.entry(town).properName()
                || text.standsAlone(lower)
                || text.writtenAlone(lower) && !text.dictionary.entry(town).known()
                        && !text.dictionary.entry(o.surface).known();
    }

    /**
     * The text treats a town adjective's phrase as a name: its noun opens a hyphenated compound ("Haie-Torwart",
     * "Bergmilch-Vorstand"); German hyphenates compounds on names, not on common nouns ("Rathausvorplatz").
     */
    private static boolean namedByItsNoun(List<Occ> run, KeywordText text) {
        return opensHyphenatedCompound(run.getLast().surface, text);
    }

    private static boolean opensHyphenatedCompound(String word, KeywordText text) {
        // Not a compound inside another name ("des Deutschen Turner-Bundes"): that names something else.
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i < chain.size(); i++) {
                Occ o = chain.get(i);
                Occ before = i > 0 ? chain.get(i - 1) : null;
                if (o.hyphenated() && KeywordText.parts(o.surface)[0].equals(word)
                        && (before == null || !before.capital() || before.sentenceStart && before.stem == null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "beim Filmfestival Max Ophüls Preis ... Regisseur Max Ophüls.": a name's last word in "s" that the text also
     * writes at the end of a name, and never without its "s", is the name itself, not a genitive ("Thomas Manns").
     */
    private static boolean ownName(Occ owner, KeywordText text) {
        String without = owner.surface.substring(0, owner.surface.length() - 1);
        boolean endsAName = false;
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i < chain.size(); i++) {
                String surface = chain.get(i).surface;
                if (surface.equals(without)) {
                    return false;
                }
                if (surface.equals(owner.surface) && i > 0 && chain.get(i - 1).capital()
                        && (i + 1 == chain.size() || !chain.get(i + 1).capital())) {
                    endsAName = true;
                }
            }
        }
        return endsAName;
    }

    /**
     * "Museum für Naturkunde", "Bayerische Akademie der Wissenschaften": a connector joins an institution's name only
     * right after the institution's word. After a place's or person's name it opens the rest of the sentence: "sorgt
     * im Landkreis Quellmoor für Stillstand" names "Landkreis Quellmoor", and "Stillstand" is what it has.
     */
    private static boolean institutionBefore(List<Occ> run, int connector) {
        return connector == 1 || KeywordLexicon.institution(run.get(connector - 1).lower);
    }

    /**
     * "Landtag Rheinland-Pfalz", "Kreisklinik Rotenburg": an institution's word before a place, that is a proper name
     * in the dictionary or a word it does not know that the text writes alone ("in Ostholstein"; compound heads are
     * not asked: "Ostholstein" is no "Stein"). Since round 20 also a hyphenated region the dictionary lacks, one of
     * whose parts is built on a place's name ("Landesverband Westmosel-Hügelland"), written nowhere alone.
     */
    private static boolean institutionAtPlace(List<Occ> run, KeywordText text) {
        Occ first = run.getFirst();
        Occ last = run.getLast();
        GermanDictionary.Entry place = text.dictionary.entry(last.surface);
        return KeywordLexicon.institution(first.lower) && !text.dictionary.entry(first.surface).properName()
                && !KeywordLexicon.isAcronym(last.surface) && !firstName(last, text)
                && (place.properName() || !place.noun() && (text.standsAlone(last.lower)
                        || last.hyphenated() && placeLike(last.surface, text)));
    }

    static boolean commonNoun(Occ o, KeywordText text) {
        return o.surface.chars().anyMatch(Character::isDigit) || text.dictionary.commonNoun(o.surface);
    }

    /**
     * A name, its legal form, "des" or "der" and one or two capitalised words, no other connector: "Autobahn GmbH des
     * Bundes", "Hafenbau GmbH des Landes".
     */
    private static boolean legalFormBeforeGenitive(List<Occ> run, KeywordText text) {
        int connector = indexOfConnector(run);
        if (connector < 2 || !KeywordLexicon.GENITIVE_ARTICLES.contains(run.get(connector).surface)
                || !KeywordLexicon.LEGAL_FORMS.contains(run.get(connector - 1).surface)
                || run.size() - connector - 1 < 1 || run.size() - connector - 1 > 2) {
            return false;
        }
        int before = connector - 1;
        while (before > 0 && (KeywordLexicon.LEGAL_FORMS.contains(run.get(before - 1).surface)
                || run.get(before - 1).amp || run.get(before - 1).surface.equals("Co."))) {
            before--;
        }
        return before > 0 && run.subList(connector + 1, run.size()).stream()
                .allMatch(o -> !o.connector && !o.amp && !o.number && capitalNoun(o, text));
    }

    /**
     * "Brunnhuber & Lang GmbH", "Ostermeier Holzbau GmbH & Co. KG": the index where the firm's legal form at the end
     * of the run starts, or -1. German law closes the list of legal forms; they are written as these abbreviations.
     */
    private static int legalFormStart(List<Occ> run) {
        int start = run.size();
        while (start > 0 && (KeywordLexicon.LEGAL_FORMS.contains(run.get(start - 1).surface)
                || start < run.size() && (run.get(start - 1).amp || run.get(start - 1).surface.equals("Co.")))) {
            start--;
        }
        while (start < run.size() && (run.get(start).amp || run.get(start).surface.equals("Co."))) {
            start++;
        }
        return start < run.size() ? start : -1;
    }

    private static int indexOfAmp(List<Occ> run) {
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i).amp) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfPlacePreposition(List<Occ> run) {
        for (int i = 0; i < run.size(); i++) {
            if (KeywordLexicon.PLACE_PREPOSITIONS.contains(run.get(i).surface)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first word at or after {@code from} that is no connector ("am", "an der", "für", …). */
    private static int afterConnectors(List<Occ> run, int from) {
        int i = from;
        while (i < run.size() && run.get(i).connector) {
            i++;
        }
        return i;
    }

    private static int indexOfConnector(List<Occ> run) {
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i).connector) {
                return i;
            }
        }
        return -1;
    }

    /** "Carl Maria von Weber": first names only, one particle, then one or two surname words. */
    /**
     * A name's last word in "s" right before a lower-case adjective and a noun is a genitive that owns the noun
     * ("von Webers romantische Oper"): German puts no adjective between a nominative name and what follows it.
     */
    private static boolean ownerBeforeAdjective(Occ last, KeywordText text) {
        if (!last.surface.endsWith("s") || last.surface.endsWith("ss") || last.surface.length() <= 3) {
            return false;
        }
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i + 2 < chain.size(); i++) {
                if (chain.get(i) == last) {
                    Occ adjective = chain.get(i + 1);
                    return !adjective.capital() && !adjective.number && !adjective.connector
                            && text.dictionary.adjectiveLemma(adjective.lower) != null
                            && capitalNoun(chain.get(i + 2), text);
                }
            }
        }
        return false;
    }

    private static boolean personWithParticle(List<Occ> run, int connector, KeywordText text) {
        boolean firstNames = run.subList(0, connector).stream().allMatch(o -> firstName(o, text));
        int rest = run.size() - connector - 1;
        return firstNames && KeywordLexicon.PERSON_CONNECTORS.contains(run.get(connector).surface) && rest >= 1
                && rest <= 2 && run.subList(connector + 1, run.size()).stream().noneMatch(o -> o.connector || o.amp);
    }

    /**
     * "der Verein Freunde des Hallenbads Kormsdorf": an institution's word, a common noun and a genitive article
     * before a capitalised noun. A name headed by the institution's word continues with its "für" or "der" right
     * after it ("Verein für Naturkunde", "Akademie der Künste"); a noun between them opens a name of its own, in
     * apposition to the institution's word.
     */
    private static boolean kindBeforeGenitiveName(List<Occ> run, KeywordText text) {
        if (run.size() < 4 || run.getFirst().connector || !KeywordLexicon.institution(run.getFirst().lower)) {
            return false;
        }
        Occ noun = run.get(1);
        return !noun.connector && !noun.amp && noun.stem != null && commonNoun(noun, text) && !firstName(noun, text)
                && !KeywordLexicon.institution(noun.lower)
                && KeywordLexicon.GENITIVE_ARTICLES.contains(run.get(2).surface) && capitalNoun(run.get(3), text)
                && run.subList(3, run.size()).stream().noneMatch(o -> o.connector || o.amp || o.number);
    }

    /** The text writes the first words of {@code words} somewhere without the last one after them. */
    private static boolean writtenWithoutNext(List<Occ> words, KeywordText text) {
        int n = words.size() - 1;
        for (List<Occ> chain : text.chains) {
            for (int j = 0; j + n <= chain.size(); j++) {
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    same = chain.get(j + k).lower.equals(words.get(k).lower);
                }
                if (same && (j + n == chain.size() || !chain.get(j + n).lower.equals(words.get(n).lower))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How often the text writes {@code words} one after another. */
    private static int timesWritten(List<Occ> words, KeywordText text) {
        int times = 0;
        for (List<Occ> chain : text.chains) {
            for (int j = 0; j + words.size() <= chain.size(); j++) {
                boolean same = true;
                for (int k = 0; k < words.size() && same; k++) {
                    same = chain.get(j + k).lower.equals(words.get(k).lower);
                }
                if (same) {
                    times++;
                }
            }
        }
        return times;
    }

    /** A surname's initial: one capital letter, with or without its period ("R.", "R"). */
    private static boolean initial(Occ o) {
        return o.surface.matches("\\p{Lu}\\.?");
    }

    static boolean firstName(Occ o, KeywordText text) {
        return KeywordLexicon.firstName(o.surface, o.lower, text.dictionary);
    }

    static Term addName(List<Occ> run, Map<String, Term> names) {
        Term t = names.computeIfAbsent(key(run), k -> new Term(k, true));
        if (t.stems.isEmpty()) {
            run.stream().filter(o -> !o.amp && !o.connector && !o.number && o.stem != null)
                    .forEach(o -> t.stems.add(o.stem));
        }
        run.forEach(o -> t.partStems.addAll(o.partStems));
        String surface = String.join(" ", run.stream().map(o -> o.surface).toList());
        double weight = run.stream().mapToDouble(o -> o.weight).max().orElse(1.0);
        t.seen(surface, weight, run.getFirst().weight >= KeywordText.TITLE_WEIGHT);
        run.forEach(o -> o.inName = true);
        // "Der Nördliche Schneeferner": a definite article before an adjective in "-e" tells the head's gender.
        Occ first = run.getFirst();
        if (first.before != null && first.lower.endsWith("e") && t.genderHint == null) {
            t.genderHint = switch (first.before) {
                case "der" -> "MAS";
                case "die" -> "FEM";
                case "das" -> "NEU";
                default -> null;
            };
        }
        return t;
    }

    static String key(List<Occ> run) {
        return String.join(" ", run.stream().map(o -> o.amp || o.connector || o.number || o.stem == null ? o.lower
                        : o.stem)
                .toList());
    }

    /**
     * "Oberhessen", "Westmünsterland-Baumberge", "Ludwigsfelde": a word the dictionary lacks whose last part is a
     * place's name or an old dative ("Felde") names a place, though it ends like a common noun.
     */
    static boolean placeLike(String surface, KeywordText text) {
        for (String part : KeywordText.parts(surface)) {
            GermanDictionary.Entry exact = text.dictionary.entry(part);
            if (exact.properName()) {
                return true;
            }
            if (exact.noun() || part.length() < 7) {
                continue;
            }
            for (int i = 3; i <= part.length() - 4; i++) {
                String head = Character.toUpperCase(part.charAt(i)) + part.substring(i + 1);
                GermanDictionary.Entry entry = text.dictionary.entry(head);
                if (entry.noun() || entry.properName()) {
                    if (entry.properName() || entry.nounLemma() != null
                            && head.equalsIgnoreCase(entry.nounLemma() + "e")) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** A town in the dictionary, or a word it does not know that is built like a place's name ("Ludwigsfelde"). */
    static boolean town(Occ o, KeywordText text) {
        return text.dictionary.properNameOf(o.surface, "STD")
                || !text.dictionary.entry(o.surface).known() && (placeLike(o.surface, text)
                        || text.writtenAsPlace(o.lower));
    }
}
