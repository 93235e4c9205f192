package de.newsroom.console.tag.keyword;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's German full-form dictionary (Morfologik automaton from {@code de.danielnaber:german-pos-dict},
 * about 0.9 MB on the heap, read once on first use in about 0.1 s): which part of speech a written form can be and
 * the lemma of a noun. A {@link Lookup} is for one suggestion call (it is not thread-safe and caches its answers).
 */
final class GermanDictionary {

    private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";
    private static final java.util.List<String> JOINTS = java.util.List.of("", "s", "es", "n", "en", "er", "e");

    private GermanDictionary() {
    }

    /**
     * What a written form can be; a form may be several at once ("Stellen": noun, verb infinitive as noun).
     * {@code adjectival}: every noun reading is an adjective or participle used as a noun ("die Jährigen", "der
     * Mitangeklagte", "Beschäftigte").
     */
    record Entry(boolean noun, boolean nominative, boolean properName, boolean firstName, boolean other,
            String nounLemma, boolean adjectival) {
        static final Entry UNKNOWN = new Entry(false, false, false, false, false, null, false);

        boolean known() {
            return noun || properName || other;
        }
    }

    private static final class Holder {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.read(GermanDictionary.class.getResource(RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException("German dictionary not readable", e);
            }
        }
    }

    /** Reads the dictionary now (at startup, off the request threads) so that the first suggestion does not wait. */
    static void warmUp() {
        new Lookup().entry("Haus");
    }

    static Lookup lookup() {
        return new Lookup();
    }

    static final class Lookup {
        private final DictionaryLookup dictionary = new DictionaryLookup(Holder.DICTIONARY);
        private final Map<String, Entry> cache = new HashMap<>();
        private final Map<String, String> lemmas = new HashMap<>();

        /** The readings of exactly this form; the dictionary is case-sensitive, nouns are capitalised in it. */
        Entry entry(String form) {
            return cache.computeIfAbsent(form, this::read);
        }

        private Entry read(String form) {
            boolean noun = false;
            boolean nominative = false;
            boolean proper = false;
            boolean first = false;
            boolean other = false;
            boolean ownNoun = false;
            String lemma = null;
            int lemmaRank = Integer.MAX_VALUE;
            for (WordData wd : dictionary.lookup(form)) {
                String tag = wd.getTag().toString();
                String stem = wd.getStem().toString();
                if (tag.startsWith("SUB:")) {
                    noun = true;
                    nominative |= tag.contains(":NOM:");
                    ownNoun |= !tag.endsWith(":ADJ");
                    // "Stellen" is the plural of "Stelle" before it is the infinitive "das Stellen"; a nominalised
                    // adjective ("Neue") is the weakest reading.
                    int rank = tag.contains(":INF") ? 2 : tag.contains(":ADJ") ? 3 : stem.equals(form) ? 0 : 1;
                    if (rank < lemmaRank) {
                        lemmaRank = rank;
                        lemma = stem;
                    }
                } else if (tag.startsWith("EIG:")) {
                    proper = true;
                    first |= tag.endsWith(":VOR");
                } else {
                    other = true;
                }
            }
            return noun || proper || other ? new Entry(noun, nominative, proper, first && !noun, other, lemma,
                    noun && !ownNoun)
                    : Entry.UNKNOWN;
        }

        /** A town's adjective, indeclinable and capitalised ("Kasseler", "Münchner", "Dresdner"). */
        boolean placeAdjective(String capitalised) {
            if (!capitalised.endsWith("er")) {
                return false;
            }
            for (WordData wd : dictionary.lookup(capitalised)) {
                if (wd.getTag().toString().startsWith("ADJ:") && wd.getStem().toString().equals(capitalised)) {
                    return true;
                }
            }
            return false;
        }

        /** The form can be a first name, even if it is a common noun too ("Ernst"). */
        boolean firstNameReading(String capitalised) {
            for (WordData wd : dictionary.lookup(capitalised)) {
                String tag = wd.getTag().toString();
                if (tag.startsWith("EIG:") && tag.endsWith(":VOR")) {
                    return true;
                }
            }
            return false;
        }

        /** A proper name of the given kind: "STD" a town ("Frankfurt"), "WAT" a river or lake ("Main"). */
        boolean properNameOf(String capitalised, String kind) {
            for (WordData wd : dictionary.lookup(capitalised)) {
                String tag = wd.getTag().toString();
                if (tag.startsWith("EIG:") && tag.endsWith(":" + kind)) {
                    return true;
                }
            }
            return false;
        }

        /** The lemma of an adjective form ("nördlichen" → "nördlich"), or null when the form is no adjective. */
        String adjectiveLemma(String lower) {
            for (WordData wd : dictionary.lookup(lower)) {
                if (wd.getTag().toString().startsWith("ADJ:")) {
                    return wd.getStem().toString();
                }
            }
            return null;
        }

        /**
         * The lemma of an adjective form, also of a compound on an adjective that the dictionary lacks
         * ("philharmonische" → "philharmonisch" on "harmonische", "niederdeutschen" → "niederdeutsch"): the form is
         * unknown as a whole and its longest known tail of at least five letters is an adjective. Null otherwise.
         */
        String compoundAdjectiveLemma(String lower) {
            String lemma = adjectiveLemma(lower);
            if (lemma != null || entry(lower).known()
                    || entry(Character.toUpperCase(lower.charAt(0)) + lower.substring(1)).known()) {
                return lemma;
            }
            // The longest tail the dictionary knows decides: "Bürgerinitiative" is a compound on the noun "Initiative"
            // (also an adjective's form, "initiative"), "Philharmonische" one on the adjective "harmonische".
            for (int i = 3; i <= lower.length() - 5; i++) {
                String tail = lower.substring(i);
                String head = adjectiveLemma(tail);
                if (nounOfItsOwn(Character.toUpperCase(tail.charAt(0)) + tail.substring(1))) {
                    return null;
                }
                if (head != null && head.startsWith(lower.substring(i, i + 1))) {
                    return lower.substring(0, i) + head;
                }
            }
            return null;
        }

        /**
         * The grammatical gender of a noun form, "MAS", "FEM" or "NEU" from its first singular reading, "PLU" for a
         * plural only; a compound the dictionary lacks goes by its longest known head. Null when unknown.
         */
        String gender(String noun) {
            String found = genderOf(noun);
            for (int i = 3; found == null && i <= noun.length() - 4; i++) {
                String head = noun.substring(i);
                found = genderOf(Character.toUpperCase(head.charAt(0)) + head.substring(1));
                // "Landesamt", "Arbeitsamt": the "s" after "-e" or a consonant joins the parts, the head is "Amt",
                // not "Samt".
                if (found != null && head.startsWith("s") && head.length() >= 4) {
                    String rest = genderOf(Character.toUpperCase(head.charAt(1)) + head.substring(2));
                    if (rest != null) {
                        found = rest;
                    }
                }
            }
            return found;
        }

        /**
         * The form is a nominative plural ("Stadtwerke", "Kinder"); a compound the dictionary lacks goes by its
         * longest known head.
         */
        boolean nominativePlural(String noun) {
            if (entry(noun).known()) {
                return nominativePluralReading(noun);
            }
            for (int i = 3; i <= noun.length() - 4; i++) {
                String head = Character.toUpperCase(noun.charAt(i)) + noun.substring(i + 1);
                if (entry(head).noun()) {
                    return nominativePluralReading(head);
                }
            }
            return false;
        }

        private boolean nominativePluralReading(String noun) {
            for (WordData wd : dictionary.lookup(noun)) {
                String[] tag = wd.getTag().toString().split(":");
                if (tag.length >= 3 && tag[0].equals("SUB") && tag[1].equals("NOM") && tag[2].equals("PLU")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A form's nominative singular reading wins; else a nominative plural ("Tage", "Schulen": the dictionary also
         * knows the old dative singular "dem Tage" and the nominalised verb "das Schulen", which would make
         * "Internationaler Jazztage" of "die Internationalen Jazztage"); else any singular ("Wetterdienstes"); else a
         * plural. A nominalised infinitive counts only when the form has no other reading.
         */
        private String genderOf(String noun) {
            String nominativeSingular = null;
            String singular = null;
            boolean nominativePlural = false;
            boolean plural = false;
            String infinitive = null;
            for (WordData wd : dictionary.lookup(noun)) {
                String[] tag = wd.getTag().toString().split(":");
                if (tag.length < 4 || !tag[0].equals("SUB")) {
                    continue;
                }
                boolean gender = Set.of("MAS", "FEM", "NEU").contains(tag[3]);
                if (tag.length >= 5 && tag[4].equals("INF")) {
                    if (gender && tag[2].equals("SIN")) {
                        infinitive = tag[3];
                    }
                    continue;
                }
                if (tag[2].equals("SIN") && gender) {
                    singular = singular == null ? tag[3] : singular;
                    if (tag[1].equals("NOM")) {
                        nominativeSingular = nominativeSingular == null ? tag[3] : nominativeSingular;
                    }
                }
                if (tag[2].equals("PLU")) {
                    plural = true;
                    nominativePlural |= tag[1].equals("NOM");
                }
            }
            if (nominativeSingular != null) {
                return nominativeSingular;
            }
            if (nominativePlural) {
                return "PLU";
            }
            if (singular != null) {
                return singular;
            }
            return plural ? "PLU" : infinitive;
        }

        /**
         * The capitalised form is a noun in its own right, not only an adjective used as a noun: "Vorsitzende" (die
         * Vorsitzende), "Grüne" (der Grüne), "Deutscher"; not "Staatliche", "Medizinisches".
         */
        boolean nounOfItsOwn(String capitalised) {
            for (WordData wd : dictionary.lookup(capitalised)) {
                String tag = wd.getTag().toString();
                if (tag.startsWith("SUB:") && !tag.endsWith(":ADJ")) {
                    return true;
                }
            }
            return false;
        }

        /** A first name ("Gertrud", "Rüdiger") that is no common noun as well ("Mark", "Rose" are not counted). */
        boolean firstName(String capitalised) {
            return entry(capitalised).firstName();
        }

        /** Capitalised, yet no noun or name: a verb, adjective or particle that opens a sentence ("Stellte"). */
        boolean notANoun(String capitalised) {
            Entry exact = entry(capitalised);
            if (exact.noun() || exact.properName()) {
                return false;
            }
            return entry(capitalised.toLowerCase(Locale.GERMAN)).known();
        }

        /** Surely a noun or name: the dictionary knows the form only as one, never in lower case as something else. */
        boolean onlyANoun(String capitalised) {
            Entry exact = entry(capitalised);
            return (exact.noun() || exact.properName()) && !exact.other()
                    && !entry(capitalised.toLowerCase(Locale.GERMAN)).known();
        }

        /**
         * A common noun, or a compound on one that the dictionary lacks ("Autozulieferer" on "Zulieferer"); a known
         * proper name is none ("Ludwigslust" is a town, not a kind of "Lust").
         */
        boolean commonNoun(String capitalised) {
            Entry exact = entry(capitalised);
            if (exact.noun() || exact.properName()) {
                return exact.noun();
            }
            for (int i = 3; i <= capitalised.length() - 4; i++) {
                String head = capitalised.substring(i);
                if (entry(Character.toUpperCase(head.charAt(0)) + head.substring(1)).noun()) {
                    return true;
                }
            }
            return shortHead(capitalised) != null;
        }

        /**
         * "Stadtrat", "Kreistag", "Bürgeramt", "Stadtelternrat": a compound on a noun of three letters, which the
         * dictionary lacks (it lists few compounds) and a search for heads of four letters or more does not find; the
         * part before the head must be a noun itself, perhaps with a joining "s", "es", "n", "en", "er" or "e"
         * ("Bundesrat"), so that "Lindau" or "Gransee" are none. The head ("Rat") or null.
         */
        String shortHead(String capitalised) {
            int length = capitalised.length();
            if (length < 7 || !Character.isUpperCase(capitalised.charAt(0))) {
                return null;
            }
            String head = Character.toUpperCase(capitalised.charAt(length - 3)) + capitalised.substring(length - 2);
            if (!entry(head).noun()) {
                return null;
            }
            String first = capitalised.substring(0, length - 3);
            for (String joint : JOINTS) {
                if (first.endsWith(joint) && first.length() - joint.length() >= 3
                        && commonNoun(first.substring(0, first.length() - joint.length()))) {
                    return head;
                }
            }
            return null;
        }

        /**
         * The nominative of a noun the text writes only in another case ("Herstellern" → "Hersteller", "Verbots" →
         * "Verbot"); a compound the dictionary lacks goes by its longest known head ("Zulieferbetrieben" →
         * "Zulieferbetrieb"). Null when the form is a nominative already or unknown: a plural nominative stays, editors
         * tag "Sozialwohnungen" and "Konzerte" as often as the singular.
         */
        String nominative(String noun) {
            return lemmas.computeIfAbsent(noun, this::findNominative);
        }

        private String findNominative(String noun) {
            Entry exact = entry(noun);
            if (exact.noun()) {
                return exact.nominative() ? null : exact.nounLemma();
            }
            if (exact.known()) {
                return null;
            }
            int length = noun.length();
            for (int i = 3; i <= length - 4; i++) {
                String head = noun.substring(i);
                Entry headEntry = entry(Character.toUpperCase(head.charAt(0)) + head.substring(1));
                if (headEntry.noun()) {
                    String lemma = headEntry.nounLemma();
                    // "Ludwigsfelde", "Königswalde": a compound the dictionary lacks that ends in an old dative "e"
                    // ("im Felde") is a place's name, not a noun in the dative.
                    if (lemma != null && head.equalsIgnoreCase(lemma + "e")) {
                        return null;
                    }
                    return headEntry.nominative() || lemma == null || lemma.length() < 3 ? null
                            : noun.substring(0, i) + lemma.toLowerCase(Locale.GERMAN);
                }
            }
            return null;
        }
    }
}
