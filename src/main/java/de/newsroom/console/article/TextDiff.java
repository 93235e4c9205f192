package de.newsroom.console.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A small line-based diff (longest common subsequence), good enough for article texts of a few thousand lines. */
public final class TextDiff {

    // Beyond this many line pairs the LCS table would be too big: fall back to "all removed, all added".
    private static final long MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    /** Lines of {@code older} and {@code newer} as SAME/REMOVED/ADDED, in reading order. */
    public static List<DiffLine> lines(String older, String newer) {
        List<String> a = split(older);
        List<String> b = split(newer);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<DiffLine> out = new ArrayList<>();
        a.subList(0, prefix).forEach(l -> out.add(new DiffLine(DiffLine.Kind.SAME, l)));
        out.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        a.subList(a.size() - suffix, a.size()).forEach(l -> out.add(new DiffLine(DiffLine.Kind.SAME, l)));
        return out;
    }

    private static List<DiffLine> middle(List<String> a, List<String> b) {
        List<DiffLine> out = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(l -> out.add(new DiffLine(DiffLine.Kind.REMOVED, l)));
            b.forEach(l -> out.add(new DiffLine(DiffLine.Kind.ADDED, l)));
            return out;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            out.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j++)));
        }
        return out;
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        return List.of(text.split("\\R", -1));
    }
}
