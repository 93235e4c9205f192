package de.newsroom.console.tag.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One candidate per topic: merges the forms of one word that {@code german_stem} keeps apart (plurals in "s"), and
 * a compound with its head or first part where one stands for the other. The chip's own form is chosen by
 * {@link Term#display}. Split off {@link KeywordSuggestionService}.
 */
final class BaseForms {
    private BaseForms() {
    }

    /**
     * "Handys ... am Handy", "Kitas ... die Kita": German forms the plural of many loan words and short words with "s"
     * after a vowel or "y", which {@code german_stem} does not take off (it strips an "s" only after certain
     * consonants), so singular and plural were two stems and two candidates. A word in "s" that the dictionary reads
     * as a form of the word without it, both written as nouns in the text, is one keyword with it; its chip follows the
     * rule for any other noun's forms ({@link Term#display}).
     */
    static void pluralsInS(Map<String, Term> singles, GermanDictionary.Lookup dictionary) {
        Map<String, Term> bySurface = new HashMap<>();
        for (Term t : singles.values()) {
            if (!t.name) {
                t.surfaces.keySet().forEach(surface -> bySurface.putIfAbsent(surface, t));
            }
        }
        for (Term plural : new ArrayList<>(singles.values())) {
            if (plural.name || !singles.containsKey(plural.key)) {
                continue;
            }
            for (String surface : List.copyOf(plural.surfaces.keySet())) {
                if (surface.length() < 4 || !surface.endsWith("s")) {
                    continue;
                }
                String base = surface.substring(0, surface.length() - 1);
                Term singular = bySurface.get(base);
                if (singular != null && singular != plural && singles.containsKey(singular.key)
                        && base.equals(dictionary.entry(surface).nounLemma())) {
                    plural.surfaces.forEach((form, n) -> singular.surfaces.merge(form, n, Integer::sum));
                    plural.stems.stream().filter(st -> !singular.stems.contains(st)).forEach(singular.stems::add);
                    singular.absorb(plural);
                    singular.lowerCase += plural.lowerCase;
                    singles.remove(plural.key);
                    break;
                }
            }
        }
    }

    /**
     * "Diplodia-Triebsterben ... das Triebsterben", "DRS-Pokal ... der Pokal": a noun that the text writes alone no
     * more often than as the head of one hyphenated compound (written twice or more) refers back to that compound; it
     * is the compound's short form, and its weight goes to the compound. Not for a compound written in one word: there
     * the head alone is as often the general topic ("Barockorgeln ... die Orgel", "Wohnstraßen ... die Straßen"; round
     * 16 measured it, seven articles lost a kept chip). A head written alone more often ("Kiefer" beside "Waldkiefer")
     * gets the compounds' credit later ({@link #creditCompoundHeads}).
     */
    static void compoundsTakeTheirHeads(Map<String, Term> singles) {
        List<Term> terms = new ArrayList<>(singles.values());
        for (Term head : terms) {
            if (head.name || head.generic() || head.surfaces.isEmpty()) {
                continue;
            }
            Term compound = terms.stream().filter(c -> c != head && singles.containsKey(c.key)
                            && c.surfaces.keySet().stream().anyMatch(cs -> cs.indexOf('-') > 0)
                            && c.mentions >= 2 && c.mentions >= head.mentions
                            && c.surfaces.keySet().stream().anyMatch(cs -> head.surfaces.keySet().stream()
                                    .anyMatch(h -> h.length() >= 4 && cs.length() >= h.length() + 3
                                            && cs.toLowerCase(Locale.GERMAN).endsWith(h.toLowerCase(Locale.GERMAN)))))
                    .max(Comparator.comparingInt((Term c) -> c.mentions)).orElse(null);
            if (compound != null) {
                compound.weight += head.weight;
                compound.mentions += head.mentions;
                compound.evidence += head.evidence;
                singles.remove(head.key);
            }
        }
    }

    /**
     * "Kristall-Bühne ... im Kristall", "Millerntor-Stadion ... am Millerntor": the first part of a two-part
     * hyphenated compound that is one keyword (a compound name, {@link KeywordCandidates#compoundName}, or a compound
     * on a common noun, {@link KeywordCandidates#hyphenatedCompound}), written alone less often than the compound,
     * refers back to it: its weight and mentions go to the compound, and it is no candidate of its own.
     */
    static void compoundsTakeTheirFirstParts(Map<String, Term> singles) {
        for (Term compound : new ArrayList<>(singles.values())) {
            String firstStem = compound.key.startsWith("name:") && compound.stems.size() == 2
                    ? compound.stems.getFirst()
                    : compound.key.startsWith("compound:") && compound.partStems.size() == 1
                            ? compound.partStems.iterator().next() : null;
            Term first = firstStem == null ? null : singles.get(firstStem);
            if (first != null && first != compound && !first.name && first.mentions < compound.mentions) {
                compound.absorb(first);
                singles.remove(first.key);
            }
        }
    }

    /**
     * German compounds name their topic in the last part: "Hallentournee" and "Zusatzkonzert" speak for "Tournee"
     * and "Konzert" when those stand in the text too, so the head gets a quarter of the compound's weight (half until
     * the fifth round, when "Streifen" rode on "Blühstreifen" into the first five).
     */
    static void creditCompoundHeads(Map<String, Term> singles) {
        List<Term> nouns = singles.values().stream().filter(Term::nounLike).toList();
        Map<Term, Double> credit = new HashMap<>();
        Map<Term, Integer> mentions = new HashMap<>();
        for (Term compound : nouns) {
            for (Term head : nouns) {
                if (head != compound && compound.surfaces.keySet().stream().anyMatch(c -> head.surfaces.keySet()
                        .stream().anyMatch(h -> h.length() >= 4 && c.length() >= h.length() + 3
                                && c.toLowerCase(Locale.GERMAN).endsWith(h.toLowerCase(Locale.GERMAN))))) {
                    credit.merge(head, compound.weight / 4, Double::sum);
                    mentions.merge(head, compound.mentions, Integer::sum);
                }
            }
        }
        credit.forEach((head, w) -> head.weight += w);
        mentions.forEach((head, n) -> head.mentions += n);
    }
}
