package de.newsroom.console.tag.keyword;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.tag.TagKeys;
import de.newsroom.console.tag.TagRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests keywords for an article from its own text, ranked tf-idf style against the published corpus.
 * <p>
 * Words are stemmed, and German stop words dropped, by PostgreSQL's {@code german_stem} dictionary, the same one that
 * builds {@code article.search_vector}, so document frequencies come from that column (precomputed over the
 * published articles by {@code CorpusStatistics}). Only nouns count: words capitalised in the middle of a sentence,
 * or opening a headline, sub-heading or the clause after a colon, checked against LanguageTool's German dictionary
 * ({@link GermanDictionary}). Runs of capitalised words that form a name (a person, "FC St. Pauli", "Müller &amp;
 * Söhne", "Kieler Straße", "Museum für Naturkunde") become one keyword, and their parts none. Each keyword is shown
 * once per stem in its nominative; frequent topic-neutral nouns are damped; an existing tag is offered only when the
 * text uses its very name or an alias. Two statements per call.
 */
@Service
public class KeywordSuggestionService {

    /** Never more than this many suggestions, whatever the caller asks for. */
    public static final int MAX_SUGGESTIONS = 8;

    // An existing tag is what the archive already files the topic under; its document frequency is high by nature,
    // so it needs more than idf² leaves it (1.5 let "Konzert" sink below "Müdigkeit").
    private static final double TAG_BOOST = 2.0;
    private static final double NAME_BOOST = 1.2;
    private static final double GENERIC_PENALTY = 0.3;
    private static final double FREQUENT_PENALTY = 0.5;
    // General-language frequency classes (decision 0030): above class 10 a common noun is damped, class 12 ×0.67,
    // class 14 ×0.5. Class 9 as the start or a slope of 0.5 each cost a chip on the evaluation articles.
    private static final int COMMON_FROM = 10;
    private static final double COMMON_SLOPE = 0.25;
    // Squared idf: in a newsroom corpus the generic nouns ("Programm", "Kunden") sit in many articles.
    private static final double IDF_EXPONENT = 2.0;
    // How many of the heaviest single words are ranked at all.
    private static final int CANDIDATES = 40;
    // Decision 0037 (round 25): an existing tag's word profile, from its newest published articles (at most this
    // many, so that the cost of a suggestion does not grow with the archive), may veto the tag when the text's words
    // occur in them less than PROFILE_MIN_LIFT times as often as in the published corpus at large.
    static final int PROFILE_ARTICLES = 50;
    static final double PROFILE_MIN_LIFT = 0.7;

    private final JdbcTemplate jdbc;

    KeywordSuggestionService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} (at most {@value #MAX_SUGGESTIONS}) keywords for an article, best first. {@code body} may
     * be Markdown; any argument may be null. Returns an empty list when the text offers nothing noun-like.
     */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<KeywordSuggestion> suggest(String title, String lead, String body, int limit) {
        int max = Math.max(0, Math.min(limit, MAX_SUGGESTIONS));
        if (max == 0) {
            return List.of();
        }
        List<KeywordRanking.Candidate> scored = new ArrayList<>(candidates(title, lead, body));
        scored.sort(Comparator.comparingDouble(KeywordRanking.Candidate::score).reversed());
        List<KeywordRanking.Candidate> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KeywordRanking.Candidate s : scored) {
            if (ranked.size() < max && seen.add(TagKeys.key(s.name()))) {
                ranked.add(s);
            }
        }
        double best = ranked.isEmpty() ? 1.0 : ranked.getFirst().score();
        return ranked.stream().map(s -> new KeywordSuggestion(s.name(), s.existingTagId(),
                Math.round(s.score() / best * 1000) / 1000.0)).toList();
    }

    /**
     * Every keyword candidate of an article, scored, with the features its score is made of, in no particular order
     * (several may share a chip's name). Package-private for {@code KeywordRankerFit}, which fits the score.
     */
    List<KeywordRanking.Candidate> candidates(String title, String lead, String body) {
        return candidates(title, lead, body, false);
    }

    /**
     * As {@link #candidates(String, String, String)}; with {@code diagnostics} each candidate also carries the values
     * of {@link KeywordRanking#EXTRA_NAMES}, which are not in its score (round 21: {@code KeywordRankerFit} writes
     * them to its table so that a signal can be tried outside the build before it becomes a feature).
     */
    List<KeywordRanking.Candidate> candidates(String title, String lead, String body, boolean diagnostics) {
        KeywordText text = KeywordText.of(title, lead, body);
        if (text.isEmpty()) {
            return List.of();
        }
        Corpus corpus = stemsAndFrequencies(text.lowerForms());
        text.chains.forEach(chain -> chain.forEach(o -> {
            o.stem = corpus.stems.get(KeywordText.stemmable(o.lower));
            if (o.hyphenated()) {
                o.partStems = java.util.Arrays.stream(KeywordText.parts(o.lower)).map(corpus.stems::get)
                        .filter(st -> st != null).toList();
            }
        }));

        Map<String, Term> names = NameRuns.names(text);
        Map<String, Term> singles = KeywordCandidates.singles(text, corpus);
        BaseForms.pluralsInS(singles, text.dictionary);
        BaseForms.compoundsTakeTheirHeads(singles);
        BaseForms.compoundsTakeTheirFirstParts(singles);
        KeywordCandidates.mergePartsIntoNames(singles, names);
        KeywordCandidates.phrasesTakeTheirWords(text, singles, names);
        BaseForms.creditCompoundHeads(singles);

        List<Term> candidates = new ArrayList<>(names.values());
        singles.values().stream().filter(Term::nounLike).sorted(Comparator.comparingDouble(Term::weight).reversed())
                .limit(CANDIDATES).forEach(candidates::add);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Term, String> lemmas = new HashMap<>();
        candidates.forEach(t -> lemmas.put(t, t.display(text.dictionary)));
        Map<String, TagHit> tags = tagsNamedLike(candidates, lemmas.values(), corpus);

        List<KeywordRanking.Candidate> scored = new ArrayList<>();
        GeneralFrequency.Lookup frequencies = GeneralFrequency.lookup();
        Positions positions = new Positions(text, diagnostics);
        for (Term t : candidates) {
            double idf = t.stems.stream().mapToDouble(corpus::idf).max().orElse(1.0);
            TagHit hit = t.surfaces.keySet().stream().map(TagKeys::key).map(tags::get).filter(r -> r != null)
                    .findFirst().orElse(null);
            String display = lemmas.get(t);
            // The base form would be an existing tag the text never writes ("Haushalte" of households is not the
            // budget "Haushalt"): the chip keeps the text's own form, so a click cannot pick the tag by accident.
            if (hit == null && t.name) {
                // A name in another case is still the same name: "der Deutschen Bahn" is the tag "Deutsche Bahn".
                hit = tags.get(TagKeys.key(display));
            }
            // Only a tag named by one common noun has senses to tell apart ("Flügel", "Urne", "Stern"); a place or
            // a name of several words names one thing, and its articles share the name, not a topic ("Hamburg").
            double lift = hit != null && !hit.ref().name().contains(" ") && text.dictionary.commonNoun(hit.ref().name())
                    ? lift(hit, t, corpus) : -1;
            if (lift >= 0 && lift < PROFILE_MIN_LIFT) {
                // No chip at all: one of the tag's name without the tag would file the article under it on a click.
                continue;
            }
            TagRef tag = hit == null ? null : hit.ref();
            if (tag == null && tags.containsKey(TagKeys.key(display))) {
                display = t.display(null);
            }
            // A word the text uses once, even in the headline, is rarely what the article is about; unless the
            // archive already files articles under that very name ("Schockanrufe bei Senioren").
            boolean once = t.mentions <= 1 && tag == null;
            boolean frequent = !t.name && KeywordLexicon.FREQUENT_NOUNS.contains(display.toLowerCase(Locale.GERMAN));
            GermanDictionary.Entry entry = t.name ? GermanDictionary.Entry.UNKNOWN : text.dictionary.entry(display);
            int frequencyClass = t.name ? 0 : frequencyClass(display, entry, frequencies);
            boolean unknown = !t.name && !entry.known();
            boolean unknownCompound = unknown && text.dictionary.commonNoun(display);
            // The 0030 damping applies to common nouns only, not to names, places or existing tags; also to a
            // compound the dictionary lacks, which general German may use as often ("Stadtrat", "Rathaus").
            double common = tag == null && (entry.noun() && !entry.properName() || unknownCompound)
                    ? commonness(frequencyClass) : 1.0;
            int where = positions.mask(t);
            var features = new KeywordRanking.Features(t.weight, idf, t.mentions, once, tag != null, t.name,
                    t.person, t.club, t.name ? t.stems.size() : 1, t.generic(), frequent, common, frequencyClass,
                    unknown, unknownCompound, entry.properName(),
                    (where & Positions.HEADLINE) != 0, (where & Positions.LEAD) != 0, positions.first(t),
                    display.codePointCount(0, display.length()), display.indexOf('-') > 0,
                    KeywordLexicon.isAcronym(display), positions.inRuns(t), entry.adjectival());
            scored.add(new KeywordRanking.Candidate(tag == null ? display : tag.name(), tag == null ? null : tag.id(),
                    KeywordRanking.score(features), features, diagnostics
                            ? extras(t, display, candidates, lemmas, positions, text, frequencies, lift)
                            : new double[0]));
        }
        return scored;
    }

    /** Round 21's diagnostic values ({@link KeywordRanking#EXTRA_NAMES}), not in the score. */
    private static double[] extras(Term t, String display, List<Term> candidates, Map<Term, String> lemmas,
            Positions positions, KeywordText text, GeneralFrequency.Lookup frequencies, double lift) {
        String lower = display.toLowerCase(Locale.GERMAN);
        boolean compoundOn = false;
        boolean modifierOf = false;
        boolean headOf = false;
        boolean topRelated = false;
        if (!t.name) {
            for (Term u : candidates) {
                if (u == t || u.name) {
                    continue;
                }
                String other = lemmas.get(u).toLowerCase(Locale.GERMAN);
                String otherStem = u.stems.isEmpty() ? other : u.stems.getFirst();
                String stem = t.stems.isEmpty() ? lower : t.stems.getFirst();
                boolean on = otherStem.length() >= 3 && lower.startsWith(otherStem)
                        && lower.length() >= other.length() + 3;
                boolean modifier = stem.length() >= 3 && other.startsWith(stem) && other.length() >= lower.length() + 3;
                boolean head = lower.length() >= 4 && other.endsWith(lower) && other.length() >= lower.length() + 3;
                compoundOn |= on;
                modifierOf |= modifier;
                headOf |= head;
                boolean otherEndsOnMine = stem.length() >= 3 && other.length() >= stem.length() + 3
                        && other.contains(stem);
                topRelated |= (positions.mask(u) & (Positions.HEADLINE | Positions.LEAD)) != 0
                        && (on || modifier || head || otherEndsOnMine);
            }
        }
        int headClass = -1;
        boolean headFrequent = false;
        if (!t.name && display.indexOf(' ') < 0) {
            for (int i = 3; i <= display.length() - 3; i++) {
                String head = Character.toUpperCase(display.charAt(i)) + display.substring(i + 1);
                if (text.dictionary.entry(head).noun()) {
                    headClass = frequencies.frequency(head);
                    String l = head.toLowerCase(Locale.GERMAN);
                    headFrequent = KeywordLexicon.FREQUENT_NOUNS.contains(l);
                    break;
                }
            }
        }
        return new double[] {positions.span(t), positions.deciles(t), compoundOn ? 1 : 0, modifierOf ? 1 : 0,
                headOf ? 1 : 0, headClass, headFrequent ? 1 : 0, positions.bodyMentions(t), positions.chains(t), lift,
                topRelated ? 1 : 0};
    }

    /**
     * A damping factor for a common noun that general German uses often ("Wasser", "Wahl", "Programm"): 1 for rarer
     * words, less the higher the word's frequency class above {@value #COMMON_FROM}.
     */
    private static double commonness(int frequencyClass) {
        return frequencyClass <= COMMON_FROM ? 1.0 : 1.0 / (1.0 + (frequencyClass - COMMON_FROM) * COMMON_SLOPE);
    }

    /**
     * A word's general-language frequency class: the written form or its lemma, whichever is more frequent ("Steuern"
     * is stored only as the verb, "Steuer" as noun).
     */
    private static int frequencyClass(String display, GermanDictionary.Entry entry,
            GeneralFrequency.Lookup frequencies) {
        int frequency = frequencies.frequency(display);
        return entry.nounLemma() == null ? frequency : Math.max(frequency, frequencies.frequency(entry.nounLemma()));
    }

    /**
     * One statement: each word's german_stem lexeme (stop words get none) with the lexeme's document frequency,
     * and the number of published articles, from the precomputed {@code taxonomy_lexeme_df}.
     */
    private Corpus stemsAndFrequencies(Set<String> lowerWords) {
        Corpus corpus = new Corpus();
        jdbc.query("""
                with w as (select w, (ts_lexize('german_stem', w))[1] as stem from unnest(?::text[]) as w)
                select w.w, w.stem, d.ndoc from w left join taxonomy_lexeme_df d on d.word = w.stem
                union all
                select null, null, ndoc from taxonomy_lexeme_df where word = ''""", rs -> {
                    String word = rs.getString(1);
                    String stem = rs.getString(2);
                    if (word == null) {
                        corpus.documents = rs.getLong(3);
                    } else if (stem != null && !stem.isEmpty()) {
                        corpus.stems.put(word, stem);
                        corpus.df.put(stem, rs.getLong(3));
                    }
                }, (Object) lowerWords.toArray(String[]::new));
        return corpus;
    }

    /**
     * Existing tags whose key or alias key equals one of the candidates' surface forms (not merely a stem) or base
     * forms; a tag found only by a base form is not offered, it only keeps the chip from turning into it. With each
     * tag its word profile's overlap with the text (decision 0037): how many of the tag's newest published articles
     * (at most {@value #PROFILE_ARTICLES}) were read, and of the text's stems those in them with the number of those
     * articles containing each. Counted here from the article feature's view {@code published_article_tag_text}, in the same statement.
     */
    private Map<String, TagHit> tagsNamedLike(List<Term> candidates, java.util.Collection<String> baseForms,
            Corpus corpus) {
        String[] keys = java.util.stream.Stream.concat(candidates.stream().flatMap(t -> t.surfaces.keySet().stream()),
                        baseForms.stream()).map(TagKeys::key).filter(k -> !k.isEmpty()).distinct()
                .toArray(String[]::new);
        String[] stems = corpus.stems.values().stream().distinct().toArray(String[]::new);
        Map<String, TagHit> out = new HashMap<>();
        jdbc.query("""
                with found as (
                    select t.id, t.name, t.key, 1 as prio from tag t where t.key = any(?)
                    union all
                    select t.id, t.name, a.key, 2 from tag_alias a join tag t on t.id = a.tag_id where a.key = any(?)),
                tagged as (
                    select f.id as tag_id, s.search_vector
                    from (select distinct id from found) f
                    cross join lateral (
                        select v.search_vector from published_article_tag_text v
                        where v.tag_id = f.id
                        order by v.published_at desc nulls last, v.article_id desc limit ?) s),
                shared as (
                    select g.tag_id, l.lexeme as word, count(*)::integer as ndoc
                    from tagged g cross join lateral unnest(g.search_vector) as l
                    where l.lexeme = any(?)
                    group by g.tag_id, l.lexeme)
                select f.id, f.name, f.key, f.prio,
                       (select count(*)::integer from tagged g where g.tag_id = f.id),
                       array(select s.word from shared s where s.tag_id = f.id order by s.word),
                       array(select s.ndoc from shared s where s.tag_id = f.id order by s.word)
                from found f
                order by 4, 1""", rs -> {
                    String[] words = (String[]) rs.getArray(6).getArray();
                    Integer[] counts = (Integer[]) rs.getArray(7).getArray();
                    Map<String, Integer> shared = new HashMap<>();
                    for (int i = 0; i < words.length; i++) {
                        shared.put(words[i], counts[i]);
                    }
                    out.putIfAbsent(rs.getString(3), new TagHit(new TagRef(rs.getLong(1), rs.getString(2)),
                            rs.getInt(5), shared));
                }, keys, keys, PROFILE_ARTICLES, stems);
        return out;
    }

    /** An existing tag found by a candidate, with its word profile's overlap with the text. */
    private record TagHit(TagRef ref, int tagged, Map<String, Integer> shared) {
    }

    /**
     * How much the text resembles the tag's articles (decision 0037): the text's words, each weighted by its idf,
     * occur in the tag's articles this many times as often as in the published corpus at large; -1 when no published
     * article carries the tag. The candidate's own words are left out (every text that uses the tag's word shares it
     * with the profile).
     */
    private static double lift(TagHit hit, Term t, Corpus corpus) {
        if (hit.tagged() < 1 || corpus.documents <= 0) {
            return -1;
        }
        Set<String> own = new HashSet<>(t.stems);
        own.addAll(t.partStems);
        double observed = 0;
        double expected = 0;
        for (String stem : new HashSet<>(corpus.stems.values())) {
            long df = corpus.df.getOrDefault(stem, 0L);
            if (own.contains(stem) || df <= 0) {
                continue;
            }
            double idf = corpus.idf(stem);
            expected += idf * Math.min(1.0, (double) df / corpus.documents);
            observed += idf * hit.shared().getOrDefault(stem, 0) / (double) hit.tagged();
        }
        return expected > 0 ? observed / expected : -1;
    }

}
