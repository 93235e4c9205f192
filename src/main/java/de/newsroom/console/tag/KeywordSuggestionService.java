package de.newsroom.console.tag;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests keywords for an article from its own text, ranked tf-idf style against the published corpus.
 * <p>
 * Words are stemmed, and German stop words dropped, by PostgreSQL's {@code german_stem} dictionary, the same one that
 * builds {@code article.search_vector}, so document frequencies come from that column (precomputed over the
 * published articles by {@code CorpusStatistics}, refreshed hourly). Only words
 * that appear capitalised in the middle of a sentence count (in German that means nouns and names), which keeps verbs
 * such as "zieht" and adjectives out. Title words weigh three times, lead words one and a half; existing tags whose key
 * or stem matches get a boost and are suggested under their own name.
 */
@Service
public class KeywordSuggestionService {

    /** Never more than this many suggestions, whatever the caller asks for. */
    public static final int MAX_SUGGESTIONS = 8;

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐‑'’][\\p{L}\\p{N}]+)*|[.!?:;\\n•]");
    private static final Pattern PART = Pattern.compile("[-‐‑]");
    private static final double TITLE_WEIGHT = 3.0;
    private static final double LEAD_WEIGHT = 1.5;
    private static final double TAG_BOOST = 1.5;
    // Nouns that head many articles without saying what they are about; idf only catches them in a large corpus.
    private static final double GENERIC_PENALTY = 0.3;
    private static final Set<String> GENERIC = Set.of("jahr", "jahre", "jahren", "jahres", "prozent", "euro", "cent",
            "uhr", "mal", "woche", "wochen", "monat", "monate", "monaten", "tag", "tage", "tagen", "meter", "metern",
            "kilometer", "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "million", "millionen",
            "milliarde", "milliarden", "ende", "anfang", "beginn", "januar", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "herr", "frau", "leute", "menschen", "teil", "zeit");
    // How many of the most frequent candidates get a document-frequency look-up.
    private static final int CANDIDATES = 40;

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
        Map<String, Word> words = new LinkedHashMap<>();
        collect(title, TITLE_WEIGHT, words);
        collect(lead, LEAD_WEIGHT, words);
        collect(MARKDOWN.toPlainText(body), 1.0, words);
        if (max == 0 || words.isEmpty()) {
            return List.of();
        }
        Map<String, String> stems = stems(words.keySet());
        Map<String, Term> terms = new HashMap<>();
        words.forEach((lower, word) -> {
            String stem = stems.get(lower);
            if (stem != null) {
                terms.computeIfAbsent(stem, Term::new).add(word);
            }
        });
        List<Term> candidates = terms.values().stream().filter(Term::nounLike)
                .sorted(Comparator.comparingDouble(Term::weight).reversed()).limit(CANDIDATES).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Long> df = documentFrequencies(candidates.stream().map(t -> t.stem).toList());
        long n = publishedCount();
        Map<String, TagRef> tags = matchingTags(candidates);

        List<KeywordSuggestion> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        candidates.stream().map(t -> {
            double idf = Math.log((n + 1.0) / (df.getOrDefault(t.stem, 0L) + 1.0)) + 1.0;
            TagRef tag = tags.get(t.stem);
            double score = t.weight() * idf * (tag == null ? 1.0 : TAG_BOOST) * (t.generic() ? GENERIC_PENALTY : 1.0);
            return new KeywordSuggestion(tag == null ? t.display() : tag.name(), tag == null ? null : tag.id(), score);
        }).sorted(Comparator.comparingDouble(KeywordSuggestion::score).reversed()).forEach(s -> {
            if (ranked.size() < max && seen.add(TagKeys.key(s.name()))) {
                ranked.add(s);
            }
        });
        double best = ranked.isEmpty() ? 1.0 : ranked.getFirst().score();
        return ranked.stream().map(s -> new KeywordSuggestion(s.name(), s.existingTagId(),
                Math.round(s.score() / best * 1000) / 1000.0)).toList();
    }

    /** Splits text into words, noting for each surface form whether it stood at a sentence start. */
    private static void collect(String text, double weight, Map<String, Word> words) {
        if (text == null || text.isBlank()) {
            return;
        }
        Matcher m = TOKEN.matcher(text);
        boolean sentenceStart = true;
        while (m.find()) {
            String token = m.group();
            if (token.length() == 1 && ".!?:;\n•".contains(token)) {
                sentenceStart = true;
                continue;
            }
            boolean first = true;
            boolean afterNumber = false;
            for (String part : PART.split(token)) {
                // "19-Jährige", "3-Zimmer": the part after a number is a measure, not a keyword.
                if (usable(part) && !afterNumber) {
                    words.computeIfAbsent(part.toLowerCase(Locale.GERMAN), Word::new)
                            .seen(part, sentenceStart && first, weight);
                }
                afterNumber = part.chars().anyMatch(Character::isDigit);
                first = false;
            }
            sentenceStart = false;
        }
    }

    private static boolean usable(String part) {
        if (part.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int length = part.codePointCount(0, part.length());
        boolean acronym = part.equals(part.toUpperCase(Locale.GERMAN));
        return length >= 3 || (length == 2 && acronym);
    }

    /** Lower-case word to its german_stem lexeme; stop words are missing from the map. */
    private Map<String, String> stems(Set<String> lowerWords) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("select w, (ts_lexize('german_stem', w))[1] from unnest(?::text[]) as w",
                rs -> {
                    String stem = rs.getString(2);
                    if (stem != null && !stem.isEmpty()) {
                        out.put(rs.getString(1), stem);
                    }
                }, (Object) lowerWords.toArray(String[]::new));
        return out;
    }

    /** In how many published articles each lexeme occurs, from the precomputed {@code taxonomy_lexeme_df}. */
    private Map<String, Long> documentFrequencies(List<String> stems) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query("select word, ndoc from taxonomy_lexeme_df where word = any(?)",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, (Object) stems.toArray(String[]::new));
        return out;
    }

    /** Number of published articles when the statistics were last rebuilt. */
    private long publishedCount() {
        List<Long> n = jdbc.query("select ndoc from taxonomy_lexeme_df where word = ''", (rs, i) -> rs.getLong(1));
        return n.isEmpty() ? 0 : n.getFirst();
    }

    /** Existing tags by candidate stem: same key or alias key as a surface form, or a one-word name with the same stem. */
    private Map<String, TagRef> matchingTags(List<Term> candidates) {
        Map<String, String> stemByKey = new HashMap<>();
        for (Term t : candidates) {
            t.surfaces.keySet().forEach(s -> stemByKey.putIfAbsent(TagKeys.key(s), t.stem));
        }
        String[] keys = stemByKey.keySet().toArray(String[]::new);
        String[] stems = candidates.stream().map(t -> t.stem).toArray(String[]::new);
        Map<String, TagRef> out = new HashMap<>();
        jdbc.query("""
                select t.id, t.name, t.key as k, null as stem, 1 as prio from tag t where t.key = any(?)
                union all
                select t.id, t.name, a.key, null, 2 from tag_alias a join tag t on t.id = a.tag_id where a.key = any(?)
                union all
                select t.id, t.name, null, (ts_lexize('german_stem', lower(t.name)))[1], 3 from tag t
                where t.name !~ '\\s' and (ts_lexize('german_stem', lower(t.name)))[1] = any(?)
                order by 5, 1""", rs -> {
                    String stem = rs.getString("stem");
                    if (stem == null) {
                        stem = stemByKey.get(rs.getString("k"));
                    }
                    if (stem != null) {
                        out.putIfAbsent(stem, new TagRef(rs.getLong("id"), rs.getString("name")));
                    }
                }, keys, keys, stems);
        return out;
    }

    /** One lower-cased word with its surface forms and where it was seen. */
    private static final class Word {
        final String lower;
        final Map<String, Integer> surfaces = new HashMap<>();
        int capitalisedMidSentence;
        int lowerCase;
        double weight;

        Word(String lower) {
            this.lower = lower;
        }

        void seen(String surface, boolean sentenceStart, double w) {
            surfaces.merge(surface, 1, Integer::sum);
            weight += w;
            if (Character.isLowerCase(surface.codePointAt(0))) {
                lowerCase++;
            } else if (!sentenceStart) {
                capitalisedMidSentence++;
            }
        }
    }

    /** All words sharing one stem. */
    private static final class Term {
        final String stem;
        final Map<String, Integer> surfaces = new HashMap<>();
        int capitalisedMidSentence;
        int lowerCase;
        double weight;

        Term(String stem) {
            this.stem = stem;
        }

        void add(Word w) {
            w.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
            capitalisedMidSentence += w.capitalisedMidSentence;
            lowerCase += w.lowerCase;
            weight += w.weight;
        }

        /** German capitalises nouns: a word never capitalised mid-sentence is a verb, adjective or particle. */
        boolean nounLike() {
            return capitalisedMidSentence > 0 && lowerCase <= 2 * capitalisedMidSentence;
        }

        double weight() {
            return weight;
        }

        boolean generic() {
            return surfaces.keySet().stream().allMatch(s -> GENERIC.contains(s.toLowerCase(Locale.GERMAN)));
        }

        /** The most frequent capitalised surface form, ties broken by the shorter (less inflected) one. */
        String display() {
            return surfaces.entrySet().stream()
                    .filter(e -> !Character.isLowerCase(e.getKey().codePointAt(0)))
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().length()))
                    .map(Map.Entry::getKey).orElse(stem);
        }
    }
}
