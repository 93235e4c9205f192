package de.newsroom.console.tag.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A keyword candidate: one stem, or one name, with its surface forms and where it was seen. */
final class Term {
    private static final List<String> INFLECTIONS = List.of("n", "en", "e", "s", "es", "ns", "er", "ern", "nen");

    final String key;
    final boolean name;
    final List<String> stems = new ArrayList<>();
    final Set<String> partStems = new HashSet<>();
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    String titleSurface;
    String genderHint;
    /** The stem of the word that stands alone for this name however often ("die Haie" for "Kölner Haie"). */
    String shortForm;
    boolean person;
    boolean club;
    /** The short form counts only when the name is written more than once ("Museum für Naturkunde"). */
    boolean shortFormIfRepeated;
    /** An institution named after a name of its own: "Nationalpark Sächsische Schweiz". */
    boolean namedAfterName;
    int evidence;
    int lowerCase;
    int mentions;
    double weight;

    Term(String key) {
        this(key, false);
    }

    Term(String key, boolean name) {
        this.key = key;
        this.name = name;
    }

    void seen(String surface, double w, boolean inTitle) {
        surfaces.merge(surface, 1, Integer::sum);
        weight += w;
        mentions++;
        if (inTitle && titleSurface == null) {
            titleSurface = surface;
        }
    }

    void absorb(Term other) {
        weight += other.weight;
        mentions += other.mentions;
        evidence += other.evidence;
    }

    /** German capitalises nouns: a word never capitalised mid-sentence is a verb, adjective or particle. */
    boolean nounLike() {
        return evidence > 0 && lowerCase <= 2 * evidence;
    }

    double weight() {
        return weight;
    }

    boolean generic() {
        return !name && !surfaces.isEmpty() && surfaces.keySet().stream()
                .allMatch(s -> KeywordLexicon.GENERIC.contains(s.toLowerCase(Locale.GERMAN)));
    }

    /**
     * "der Bayerischen Akademie der Wissenschaften", "am Nördlichen Schneeferner", "des Deutschen Wetterdienstes",
     * "des Landgerichts Bonn": a name that opens with an adjective or a singular noun is shown in the nominative
     * without article, the way it is tagged
     * ("Bayerische Akademie der Wissenschaften", "Nördlicher Schneeferner", "Deutscher Wetterdienst"); the
     * adjective's ending follows the gender of the noun after it (from the dictionary, else from "der/die/das ...e"
     * in the text).
     */
    String nominativeName(String written, GermanDictionary.Lookup dictionary) {
        String[] words = written.split(" ");
        if (dictionary == null || words.length < 2) {
            return written;
        }
        String adjective = words[0];
        String lower = adjective.toLowerCase(Locale.GERMAN);
        // "das Philharmonische Orchester": a compound adjective the dictionary lacks is an adjective all the same
        // (round 26; "harmonisch"), shown in its strong nominative form like any other.
        String lemma = person ? dictionary.adjectiveLemma(lower) : dictionary.compoundAdjectiveLemma(lower);
        if (lemma == null && !person) {
            // "des Landgerichts Köln", "im Museum für Naturkunde": a name that opens with a singular noun in
            // another case is named by that noun's nominative.
            String nominative = dictionary.nominative(adjective);
            if (nominative != null && !"PLU".equals(dictionary.gender(adjective))) {
                words[0] = nominative;
                return String.join(" ", words);
            }
            // "von den Stadtwerken Lüneburg": a plural noun in the dative is named by its nominative plural, the form
            // without the dative's "n" (round 22), as a dative plural alone is ("mit Herstellern" → "Hersteller").
            if (adjective.endsWith("n") && adjective.length() > 4 && "PLU".equals(dictionary.gender(adjective))
                    && dictionary.nominativePlural(adjective.substring(0, adjective.length() - 1))) {
                words[0] = adjective.substring(0, adjective.length() - 1);
                return String.join(" ", words);
            }
            return written;
        }
        if (lemma == null || !lower.startsWith(lemma)
                || !Set.of("e", "en", "em", "er", "es").contains(lower.substring(lemma.length()))) {
            return written;
        }
        String head = words[1];
        // "Hessischer Städte- und Gemeindebund": the pair's gender is its last noun's.
        boolean elided = head.endsWith("-") && words.length >= 4;
        String gender = dictionary.gender(elided ? words[3] : head);
        if (gender == null) {
            gender = genderHint;
        }
        if (gender == null) {
            return written;
        }
        words[0] = adjective.substring(0, lemma.length()) + switch (gender) {
            case "MAS" -> "er";
            case "NEU" -> "es";
            default -> "e";
        };
        String nominativeHead = gender.equals("PLU") || elided ? null : dictionary.nominative(head);
        if (nominativeHead != null) {
            words[1] = nominativeHead;
        }
        return String.join(" ", words);
    }

    /**
     * The headline's form of a name; otherwise the most frequent form, in the nominative when the dictionary
     * knows it only in another case, else reduced to its uninflected sibling ({@code dictionary} may be null).
     */
    String display(GermanDictionary.Lookup dictionary) {
        if (name && titleSurface != null) {
            return nominativeName(titleSurface, dictionary);
        }
        String chosen = surfaces.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElse(key);
        if (name) {
            return nominativeName(chosen, dictionary);
        }
        String nominative = dictionary == null ? null : dictionary.nominative(chosen);
        if (nominative != null) {
            return nominative;
        }
        boolean reduced = true;
        while (reduced) {
            reduced = false;
            for (String base : surfaces.keySet()) {
                if (base.length() < chosen.length() && chosen.startsWith(base)
                        && INFLECTIONS.contains(chosen.substring(base.length()))) {
                    chosen = base;
                    reduced = true;
                }
            }
        }
        // A dative plural alone ("mit chinesischen Herstellern") is named in its nominative, "Hersteller".
        String lower = chosen.toLowerCase(Locale.GERMAN);
        if (lower.endsWith("ern") && chosen.length() >= 7
                && KeywordLexicon.ERN_STEMS.stream().noneMatch(lower::endsWith)) {
            chosen = chosen.substring(0, chosen.length() - 1);
        }
        return chosen;
    }
}
