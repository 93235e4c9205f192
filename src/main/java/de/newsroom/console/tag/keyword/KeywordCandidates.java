package de.newsroom.console.tag.keyword;

import de.newsroom.console.tag.TagKeys;
import de.newsroom.console.tag.keyword.KeywordText.Occ;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The single words of an article outside its names, grouped by stem, and the rules that fold a word into the name,
 * hyphenated compound or recurring capitalised phrase it belongs to. Split off {@link KeywordSuggestionService}.
 */
final class KeywordCandidates {
    private KeywordCandidates() {
    }

    /** Words outside names, grouped by stem; hyphenated compounds count per part unless they are a name. */
    static Map<String, Term> singles(KeywordText text, Corpus corpus) {
        Map<String, Term> out = new HashMap<>();
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i < chain.size(); i++) {
                Occ o = chain.get(i);
                if (o.inName || o.amp || o.connector || o.number) {
                    continue;
                }
                Occ next = i + 1 < chain.size() ? chain.get(i + 1) : null;
                // "Hamburger Senat", "Leipziger Autorin": a place adjective before a noun is not a keyword itself.
                boolean attributive = o.lower.endsWith("er") && next != null && NameRuns.capitalNoun(next, text)
                        && !NameRuns.firstName(next, text);
                boolean evidence = NameRuns.capitalNoun(o, text) && !attributive;
                if (o.hyphenated() && compoundName(o, text) && evidence && !routeOfPlaces(o, text)) {
                    Term t = out.computeIfAbsent("name:" + TagKeys.key(o.surface), k -> new Term(k, true));
                    if (t.stems.isEmpty()) {
                        for (String part : KeywordText.parts(o.lower)) {
                            t.stems.add(corpus.stems.getOrDefault(part, part));
                        }
                    }
                    t.seen(o.surface, o.weight, false);
                    t.evidence++;
                    continue;
                }
                boolean whole = o.hyphenated() && evidence && hyphenatedCompound(o, text, corpus);
                if (whole) {
                    // "DRS-Pokal": a compound on a common noun whose first part the text never writes alone is a
                    // keyword of its own; its parts are none ("DRS"), the head counts only where written alone.
                    Term c = out.computeIfAbsent("compound:" + TagKeys.key(o.surface), Term::new);
                    if (c.stems.isEmpty()) {
                        // The archive's own count of the compound ("drs-pokal" is a lexeme of the search vector).
                        c.stems.add(o.stem != null ? o.stem : corpus.stems.getOrDefault(o.lower, o.lower));
                        if (o.partStems.size() == 2 && o.partStems.getFirst() != null) {
                            c.partStems.add(o.partStems.getFirst());
                        }
                    }
                    c.seen(o.surface, o.weight, false);
                    c.evidence++;
                    continue;
                }
                boolean afterNumber = false;
                boolean firstPart = true;
                for (String part : o.hyphenated() ? KeywordText.parts(o.surface) : new String[] {o.surface}) {
                    String lower = part.toLowerCase(Locale.GERMAN);
                    String stem = corpus.stems.get(lower);
                    // "Zehntausende", "Millionen": a numeral noun counts, like a number, and is no keyword (round 26).
                    if (stem != null && usable(part) && !afterNumber && !KeywordLexicon.numeralNoun(lower)) {
                        Term t = out.computeIfAbsent(stem, Term::new);
                        if (t.stems.isEmpty()) {
                            t.stems.add(stem);
                        }
                        boolean capital = Character.isUpperCase(part.codePointAt(0));
                        if (!capital) {
                            t.lowerCase++;
                            t.weight += o.weight;
                        } else if (evidence || (!firstPart && NameRuns.capitalNoun(o, text))) {
                            t.seen(part, o.weight, false);
                            t.evidence++;
                        } else {
                            t.weight += o.weight;
                            t.mentions++;
                        }
                    }
                    afterNumber = part.chars().anyMatch(Character::isDigit);
                    firstPart = false;
                }
            }
        }
        return out;
    }

    /**
     * "Strecke Hollwede–Brenkenfeld ... zwischen Hollwede und Brenkenfeld ... in Brenkenfeld": two places joined by an
     * en dash, outside a name, each a town the dictionary knows or one the text writes as a place ("in Hollwede"),
     * name a route by its ends; the
     * route is a name only with its kind ("Bahnstrecke Rautenberg–Kaltenbrunn", "Radweg Tornhagen–Pellwitz", which
     * {@link NameRuns} takes whole), and alone it is the two places, each a keyword (round 24).
     */
    static boolean routeOfPlaces(Occ o, KeywordText text) {
        String[] parts = KeywordText.parts(o.surface);
        return o.surface.indexOf('–') > 0 && parts.length == 2 && place(parts[0], text) && place(parts[1], text);
    }

    /** A town the dictionary knows, or a word the text writes as a place ("in Hollwede"). */
    private static boolean place(String word, KeywordText text) {
        return text.dictionary.properNameOf(word, "STD") || text.writtenAsPlace(word.toLowerCase(Locale.GERMAN));
    }

    /**
     * "DRS-Pokal", "KRV-Wanderpreis", "Ahorn-Rindenfäule": two parts, no digit, the head a capitalised common noun the
     * dictionary knows (or a compound on one), and the first part never written alone in the text, so that it lives
     * only in the compound; not a compound name ({@link #compoundName}, decided before). A first part the text writes
     * alone is a topic of its own, and the compound that topic with a common noun ("Dachdecker-Azubis" beside
     * "Dachdecker", "Lkw-Parkplätze" beside "Lkw"): two keywords as before.
     */
    static boolean hyphenatedCompound(Occ o, KeywordText text, Corpus corpus) {
        String[] parts = KeywordText.parts(o.surface);
        if (parts.length != 2 || o.surface.chars().anyMatch(Character::isDigit) || !usable(parts[0])
                || !usable(parts[1]) || !Character.isUpperCase(parts[1].codePointAt(0))) {
            return false;
        }
        String head = parts[1].toLowerCase(Locale.GERMAN);
        return corpus.stems.get(head) != null && !KeywordLexicon.GENERIC.contains(head)
                && text.dictionary.commonNoun(parts[1])
                && (!text.writtenAlone(parts[0].toLowerCase(Locale.GERMAN)) || writtenMostlyWhole(parts, text));
    }

    /**
     * "die Kristall-Bühne ... in der Kristall-Bühne ... im Kristall": the compound written at least twice (its head in
     * any ending), more often than its first part alone, and its head never alone; the first part alone then refers
     * back to the compound ({@link BaseForms#compoundsTakeTheirFirstParts}), as the name of a cinema, hall or venue
     * does.
     */
    private static boolean writtenMostlyWhole(String[] parts, KeywordText text) {
        String first = parts[0].toLowerCase(Locale.GERMAN);
        String head = parts[1].toLowerCase(Locale.GERMAN);
        if (text.writtenAlone(head)) {
            return false;
        }
        int whole = 0;
        int alone = 0;
        for (List<Occ> chain : text.chains) {
            for (Occ w : chain) {
                if (w.lower.equals(first)) {
                    alone++;
                } else if (w.hyphenated()) {
                    String[] p = KeywordText.parts(w.lower);
                    if (p.length == 2 && p[0].equals(first) && p[1].length() >= head.length()
                            && p[1].startsWith(head.substring(0, Math.max(3, head.length() - 1)))) {
                        whole++;
                    }
                }
            }
        }
        return whole >= 2 && whole > alone;
    }

    /**
     * "Alfred-Wegener-Institut", "Max-Brauer-Allee", "Millerntor-Stadion": one name, not three keywords; so are two
     * capitalised parts the dictionary knows as no common noun ("Ludwigslust-Parchim", "Modersohn-Becker").
     */
    static boolean compoundName(Occ o, KeywordText text) {
        String[] parts = KeywordText.parts(o.surface);
        boolean allCapital = java.util.Arrays.stream(parts).allMatch(p -> !p.isEmpty()
                && Character.isUpperCase(p.codePointAt(0)) && p.chars().noneMatch(Character::isDigit));
        if (!allCapital) {
            return false;
        }
        return parts.length >= 3 || KeywordLexicon.closesName(parts[parts.length - 1])
                || java.util.Arrays.stream(parts).noneMatch(p -> KeywordLexicon.isAcronym(p)
                        || text.dictionary.entry(p).noun());
    }

    /** A surname alone is its person; other parts of a name join it when they are mostly used inside it. */
    static void mergePartsIntoNames(Map<String, Term> singles, Map<String, Term> names) {
        for (var it = singles.entrySet().iterator(); it.hasNext(); ) {
            Term single = it.next().getValue();
            if (single.name) {
                continue;
            }
            // "Schwarzfischer" alone is "Gertrud Maltz-Schwarzfischer".
            List<Term> holders = names.values().stream().filter(n -> n.stems.contains(single.key)
                            || n.person && n.partStems.contains(single.key))
                    .filter(n -> n.person || n.club && !n.stems.getLast().equals(single.key)
                            || single.key.equals(n.shortForm) && (!n.shortFormIfRepeated || n.mentions >= 2)
                            || single.weight < n.weight)
                    .toList();
            // "sagt Wessendorp" after "Frauke Wessendorp" and "der Ziegenhof Wessendorp": a surname alone is the
            // person's, whatever the business named after them weighs (round 26).
            holders.stream().filter(n -> n.person && n.stems.getLast().equals(single.key))
                    .max(Comparator.comparingDouble(Term::weight))
                    .or(() -> holders.stream().max(Comparator.comparingDouble(Term::weight))).ifPresent(n -> {
                        n.weight += single.weight;
                        n.mentions += single.mentions;
                        it.remove();
                    });
        }
        // Compound names found among the single words join the names; a double surname alone joins its person.
        for (var it = singles.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Term single = e.getValue();
            Term person = !single.name ? null : names.values().stream().filter(n -> n.person && n.surfaces.keySet()
                    .stream().anyMatch(s -> single.surfaces.keySet().stream().anyMatch(p -> s.endsWith(" " + p))))
                    .findFirst().orElse(null);
            if (person != null) {
                person.absorb(single);
                it.remove();
            } else if (single.name) {
                names.merge(e.getKey(), e.getValue(), (a, b) -> {
                    a.absorb(b);
                    return a;
                });
                it.remove();
            }
        }
    }

    /** A phrase opens with a capitalised noun, or with a word the dictionary does not know ("Borussia"). */
    private static boolean phraseStart(List<Occ> chain, int i, KeywordText text) {
        Occ o = chain.get(i);
        if (KeywordLexicon.numeralNoun(o.lower)) {
            // "Zehntausende Bilder": a numeral noun opens a counted phrase, no name (round 26).
            return false;
        }
        return NameRuns.capitalNoun(o, text) || o.sentenceStart && o.capital() && o.stem != null && !o.connector
                && !text.dictionary.entry(o.surface).known() && i + 1 < chain.size()
                && NameRuns.capitalNoun(chain.get(i + 1), text);
    }

    /**
     * "Neue Grundsicherung", "Kasseler Rathaus", "Bielefelder Tafel": a phrase that opens with an adjective is a
     * thing described, the rounds before decide about it (a town's adjective, a name in the dictionary).
     */
    private static boolean adjectiveOpens(List<Occ> phrase, KeywordText text) {
        Occ first = phrase.getFirst();
        return text.dictionary.adjectiveLemma(first.lower) != null || NameRuns.townAdjective(first, text)
                || first.lower.endsWith("er") && !text.dictionary.entry(first.surface).noun();
    }

    /** Lower-case words that join two capitalised phrases into one: "Kunsthalle am Hafen", "Platz der Republik". */
    private static final Set<String> PHRASE_JOINS = Set.of("am", "an der", "der", "des", "von", "für");

    /**
     * "Kunsthalle am Hafen", "Platz der Republik", "Borussia Ludwigsfelde", "Nationalpark Sächsische Schweiz": a word
     * that the text uses mostly inside one recurring capitalised phrase (capitalised words, at most one join of
     * {@link #PHRASE_JOINS}, at most six words, no first name) is no keyword of its own; the phrase is, and takes the
     * word's weight. Whatever the names found before missed, this keeps their parts out of the chips (and an existing
     * tag that the text only uses inside such a phrase, "Republik", is not offered).
     */
    static void phrasesTakeTheirWords(KeywordText text, Map<String, Term> singles, Map<String, Term> names) {
        Map<String, List<List<Occ>>> phrases = new LinkedHashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (List<Occ> chain : text.chains) {
            for (Occ o : chain) {
                if (o.stem != null && !o.connector && !o.amp) {
                    total.merge(o.stem, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> attributes = genitiveAttributes(text);
        for (List<Occ> chain : text.chains) {
            int i = 0;
            while (i < chain.size()) {
                if (!phraseStart(chain, i, text)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                boolean joined = false;
                int joinAt = -1;
                while (end < chain.size()) {
                    if (NameRuns.capitalNoun(chain.get(end), text)) {
                        end++;
                        continue;
                    }
                    int after = end;
                    while (after < chain.size() && after < end + 2 && chain.get(after).connector) {
                        after++;
                    }
                    String join = String.join(" ", chain.subList(end, after).stream().map(o -> o.surface).toList());
                    if (!joined && after > end && after < chain.size() && PHRASE_JOINS.contains(join)
                            && NameRuns.capitalNoun(chain.get(after), text)
                            && !(KeywordLexicon.GENITIVE_ARTICLES.contains(join)
                                    && (NameRuns.namedInstitutionAfter(chain, after, text)
                                            || genitiveAttribute(chain, end, after, attributes, total, text)))) {
                        joined = true;
                        joinAt = end;
                        end = after + 1;
                        continue;
                    }
                    break;
                }
                List<Occ> phrase = chain.subList(i, end);
                long words = phrase.stream().filter(o -> !o.connector).count();
                if (words >= 2 && phrase.size() <= NameRuns.MAX_NAME_WORDS
                        && phrase.stream().noneMatch(o -> !o.connector && NameRuns.firstName(o, text))
                        && phrase.stream().noneMatch(o -> KeywordLexicon.GENERIC.contains(o.lower))) {
                    // "Titelverteidiger Borussia Ludwigsfelde": a name may open anywhere in the phrase, so each
                    // tail of two or more words counts as a phrase of its own for the word that opens it.
                    for (int from = 0; from + 1 < phrase.size(); from++) {
                        List<Occ> tail = phrase.subList(from, phrase.size());
                        if (!tail.getFirst().connector && !adjectiveOpens(tail, text)) {
                            phrases.computeIfAbsent(NameRuns.key(tail), k -> new ArrayList<>()).add(tail);
                        }
                    }
                }
                // "Lahnbrücke Weilstetten für Lastwagen gesperrt": the words before a join are a phrase of their own.
                if (joinAt - i >= 2 && joinAt - i <= NameRuns.MAX_NAME_WORDS) {
                    List<Occ> head = chain.subList(i, joinAt);
                    if (head.stream().noneMatch(o -> NameRuns.firstName(o, text)
                                    || KeywordLexicon.GENERIC.contains(o.lower))
                            && !adjectiveOpens(head, text)) {
                        phrases.computeIfAbsent(NameRuns.key(head), k -> new ArrayList<>()).add(head);
                    }
                }
                i = end;
            }
        }
        Map<String, Term> taken = new LinkedHashMap<>();
        for (List<List<Occ>> uses : phrases.values()) {
            Term phrase = null;
            for (Occ o : uses.getFirst()) {
                Term single = o.connector ? null : singles.get(o.stem);
                if (single == null || single.name || taken.containsKey(o.stem)) {
                    continue;
                }
                // A recurring phrase takes the words it holds mostly; a phrase written once ("die Sparkasse
                // Oberhessen ... die Sparkasse") takes the word that opens it when the word stands alone no more
                // often than inside it.
                List<Occ> first = uses.getFirst();
                boolean joined = first.stream().anyMatch(w -> w.connector);
                // "Bäckereikette Sonnenkorn ... Sonnenkorn hatte": a common noun before a word that stands alone says
                // what the name is; the phrase is no name, and the noun stays a keyword of its own.
                // "Kapitän Jackson Irvine": so does a word before a person's name.
                Term rest = names.get(NameRuns.key(first.subList(1, first.size())));
                // A town after the noun names what it is ("Borussia Ludwigsfelde", "Sparkasse Oberhessen"): no
                // descriptor.
                boolean described = first.size() == 2 && NameRuns.commonNoun(first.getFirst(), text)
                        && text.standsAlone(first.getLast().lower) && !NameRuns.town(first.getLast(), text)
                        || rest != null && rest.person
                        || KeywordLexicon.SETTLEMENT_WORDS.contains(first.getFirst().lower);
                boolean recurring = uses.size() >= 2 && uses.size() * 2 > total.getOrDefault(o.stem, 0);
                // Written once, only a name without a join and without a common noun after its first word:
                // "Sparkasse Oberhessen", not "Sperrung der Kieler Straße" or "Kita Sonnenblume".
                // "im Halbfinale gegen Eintracht Frankfurt ... Die Eintracht begann": a common noun before a town,
                // written in mid-sentence without the article its grammar needs, is a proper name (a headline drops
                // articles, so it does not count), and the noun alone is its short form however often it stands so.
                boolean articleless = first.size() == 2 && NameRuns.town(first.getLast(), text)
                        && uses.stream().anyMatch(u -> u.getFirst().weight < KeywordText.TITLE_WEIGHT
                                && u.getFirst().before != null && !u.getFirst().sentenceStart
                                && !NameRuns.determined(u.getFirst(), text));
                // "die Lahnbrücke in Weilstetten": a word the text writes after "in" is a place too.
                boolean opener = o == first.getFirst() && !joined
                        && (articleless || uses.size() * 2 >= total.getOrDefault(o.stem, 0))
                        && first.subList(1, first.size()).stream().noneMatch(w -> KeywordLexicon.isAcronym(w.surface)
                                || NameRuns.commonNoun(w, text) && !NameRuns.placeLike(w.surface, text)
                                        && !NameRuns.town(w, text));
                if (described || !recurring && !opener) {
                    continue;
                }
                if (phrase == null) {
                    // "das Philharmonische Orchester Wendelsau ... Das Orchester": a phrase that is the tail of a
                    // longer name of the text is that name's short form, the same entity; the word goes to the
                    // full name, no second chip (round 26).
                    phrase = longerNameEndingIn(first, names);
                }
                if (phrase == null) {
                    for (List<Occ> use : uses) {
                        phrase = NameRuns.addName(use, names);
                    }
                }
                int all = total.getOrDefault(o.stem, uses.size());
                phrase.weight += single.weight * (all - uses.size()) / all;
                phrase.mentions += Math.max(0, single.mentions - uses.size());
                taken.put(o.stem, phrase);
            }
        }
        taken.keySet().forEach(singles::remove);
    }

    /**
     * The longer name (no person, none named after another name) that ends in this phrase, written as its tail
     * ("Philharmonisches Orchester Wendelsau" for "Orchester Wendelsau"); null when there is none.
     */
    private static Term longerNameEndingIn(List<Occ> phrase, Map<String, Term> names) {
        String key = NameRuns.key(phrase);
        return names.values().stream()
                .filter(n -> !n.person && !n.namedAfterName && n.key.endsWith(" " + key))
                .max(Comparator.comparingDouble(Term::weight)).orElse(null);
    }

    /**
     * "die Zustimmung des Betriebsrats ... Der Betriebsrat hat": a common noun, a genitive article and one noun the
     * text also writes on its own, at least as often as after the article, is a noun with its genitive attribute, a
     * phrase of the sentence and no name; the noun in the genitive is a participant of its own. In a name the
     * genitive noun belongs to it and rarely stands alone ("Platz der Republik", "Haus der Chemiearbeiter"); an
     * institution's word ("Akademie der Künste") or a place's ("Platz") heads a name whatever follows (round 23).
     */
    private static boolean genitiveAttribute(List<Occ> chain, int join, int after, Map<String, Integer> attributes,
            Map<String, Integer> total, KeywordText text) {
        Occ head = chain.get(join - 1);
        Occ genitive = chain.get(after);
        if (after + 1 < chain.size() && NameRuns.capitalNoun(chain.get(after + 1), text)
                || head.stem == null || genitive.stem == null || !NameRuns.commonNoun(head, text)
                || !NameRuns.commonNoun(genitive, text) || KeywordLexicon.institution(head.lower)
                || KeywordLexicon.nameOpener(head.lower) || KeywordLexicon.closesName(head.surface)) {
            return false;
        }
        int inside = attributes.getOrDefault(head.stem + " " + genitive.stem, 0);
        return inside > 0 && total.getOrDefault(genitive.stem, 0) - inside >= inside;
    }

    /** How often the text writes each capitalised noun, a genitive article and a capitalised noun, by their stems. */
    private static Map<String, Integer> genitiveAttributes(KeywordText text) {
        Map<String, Integer> out = new HashMap<>();
        for (List<Occ> chain : text.chains) {
            for (int i = 0; i + 2 < chain.size(); i++) {
                Occ head = chain.get(i);
                Occ genitive = chain.get(i + 2);
                if (head.stem != null && genitive.stem != null && !head.connector && !genitive.connector
                        && KeywordLexicon.GENITIVE_ARTICLES.contains(chain.get(i + 1).surface)) {
                    out.merge(head.stem + " " + genitive.stem, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static boolean usable(String part) {
        if (part.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int length = part.codePointCount(0, part.length());
        boolean acronym = part.equals(part.toUpperCase(Locale.GERMAN));
        return length >= 3 || (length == 2 && acronym);
    }
}
