package de.newsroom.console.tag.keyword;

import de.newsroom.console.tag.keyword.KeywordText.Occ;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the words of a candidate stand first, in which parts of the article (headline, lead or sub-heading, body),
 * and how often inside a run of capitalised words ("Bundesvereinigung Deutscher Apothekerverbände", "Museum für
 * Naturkunde"): a word the text writes only there is likely a part of a name the names above did not find.
 */
final class Positions {
    static final int HEADLINE = 1;
    static final int LEAD = 2;
    /** Per lower-cased word: first index, parts seen in (a bit mask), occurrences, occurrences in a run. */
    private final Map<String, int[]> words = new HashMap<>();
    /** Per lower-cased word: every index, and the chains (clauses) it stands in; for round 21's diagnostics. */
    private final Map<String, List<Integer>> indices = new HashMap<>();
    private final Map<String, Set<Integer>> chainsOf = new HashMap<>();
    private final Map<String, Integer> body = new HashMap<>();
    private int chainIndex;
    private final boolean diagnostics;
    private final int total;

    Positions(KeywordText text, boolean diagnostics) {
        this.diagnostics = diagnostics;
        int index = 0;
        for (List<Occ> chain : text.chains) {
            chainIndex++;
            for (int i = 0; i < chain.size(); i++) {
                Occ o = chain.get(i);
                int part = o.weight >= KeywordText.TITLE_WEIGHT ? HEADLINE
                        : o.weight >= KeywordText.LEAD_WEIGHT ? LEAD : 4;
                boolean run = word(chain, i - 1) || word(chain, i + 1)
                        || connector(chain, i - 1) && word(chain, i - 2)
                        || connector(chain, i + 1) && word(chain, i + 2);
                note(o.lower, index, part, run);
                if (o.elided()) {
                    // A name's surface is looked up word by word: "Städte-" and "Gemeindebund".
                    String[] pair = o.lower.split(" ");
                    note(pair[0], index, part, run);
                    note(pair[pair.length - 1], index, part, run);
                }
                if (o.hyphenated()) {
                    for (String p : KeywordText.parts(o.lower)) {
                        note(p, index, part, run);
                    }
                }
                index++;
            }
        }
        total = Math.max(1, index);
    }

    /** A capitalised content word (a capitalised article opening a sentence is none) or a firm's "&amp;". */
    private static boolean word(List<Occ> chain, int i) {
        if (i < 0 || i >= chain.size()) {
            return false;
        }
        Occ o = chain.get(i);
        return o.amp || o.capital() && o.stem != null && !o.connector;
    }

    private static boolean connector(List<Occ> chain, int i) {
        return i >= 0 && i < chain.size() && chain.get(i).connector;
    }

    private void note(String lower, int index, int part, boolean run) {
        int[] seen = words.computeIfAbsent(lower, k -> new int[] {index, 0, 0, 0});
        seen[1] |= part;
        seen[2]++;
        seen[3] += run ? 1 : 0;
        if (!diagnostics) {
            return;
        }
        indices.computeIfAbsent(lower, k -> new ArrayList<>()).add(index);
        chainsOf.computeIfAbsent(lower, k -> new HashSet<>()).add(chainIndex);
        if (part == 4) {
            body.merge(lower, 1, Integer::sum);
        }
    }

    private List<String> lowerWords(Term t) {
        return t.surfaces.keySet().stream().flatMap(s -> java.util.Arrays.stream(s.split(" ")))
                .map(w -> w.toLowerCase(Locale.GERMAN)).distinct().toList();
    }

    /** From the first to the last occurrence of the candidate's words, as a share of the text. */
    double span(Term t) {
        var all = lowerWords(t).stream().flatMap(w -> indices.getOrDefault(w, List.of()).stream()).toList();
        return all.isEmpty() ? 0 : (all.stream().mapToInt(i -> i).max().getAsInt()
                - all.stream().mapToInt(i -> i).min().getAsInt()) / (double) total;
    }

    /** In how many tenths of the text the candidate's words stand. */
    int deciles(Term t) {
        return (int) lowerWords(t).stream().flatMap(w -> indices.getOrDefault(w, List.of()).stream())
                .map(i -> i * 10 / total).distinct().count();
    }

    int bodyMentions(Term t) {
        return lowerWords(t).stream().mapToInt(w -> body.getOrDefault(w, 0)).max().orElse(0);
    }

    int chains(Term t) {
        return (int) lowerWords(t).stream().flatMap(w -> chainsOf.getOrDefault(w, Set.of()).stream()).distinct()
                .count();
    }

    private java.util.stream.Stream<int[]> of(Term t) {
        return t.surfaces.keySet().stream().flatMap(s -> java.util.Arrays.stream(s.split(" ")))
                .map(w -> words.get(w.toLowerCase(Locale.GERMAN))).filter(w -> w != null);
    }

    int mask(Term t) {
        return of(t).mapToInt(w -> w[1]).reduce(0, (a, b) -> a | b);
    }

    /** The first word's place in the article, 0 for its headline's first word, near 1 for the body's last. */
    double first(Term t) {
        return of(t).mapToInt(w -> w[0]).min().orElse(total) / (double) total;
    }

    /** The share of a single word's occurrences inside a run of capitalised words; 0 for a name. */
    double inRuns(Term t) {
        if (t.name) {
            return 0;
        }
        int[] sums = of(t).reduce(new int[2], (a, w) -> new int[] {a[0] + w[2], a[1] + w[3]}, (a, b) -> a);
        return sums[0] == 0 ? 0 : (double) sums[1] / sums[0];
    }
}
