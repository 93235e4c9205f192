package de.newsroom.console.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line diff of two texts (java-diff-utils, Myers), with a word diff inside each pair of lines that replaced each
 * other: in Markdown a paragraph is one line, so without it a changed comma marks the whole paragraph.
 */
final class LineDiff {

    // Words and the spaces between them are tokens of their own, so that rejoining the tokens gives the line back.
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private LineDiff() {
    }

    /** Field by field, in the order the diff dialog shows them; the category as its path, tags one per line. */
    static List<FieldDiff> fields(ArticleContent older, ArticleContent newer, Function<Long, String> categoryPath) {
        return List.of(
                new FieldDiff(ArticleField.TITLE, lines(older.title(), newer.title())),
                new FieldDiff(ArticleField.SLUG, lines(older.slug(), newer.slug())),
                new FieldDiff(ArticleField.LEAD, lines(older.lead(), newer.lead())),
                new FieldDiff(ArticleField.CATEGORY, lines(categoryPath.apply(older.categoryId()),
                        categoryPath.apply(newer.categoryId()))),
                new FieldDiff(ArticleField.TAGS, lines(String.join("\n", new TreeSet<>(older.tags())),
                        String.join("\n", new TreeSet<>(newer.tags())))),
                new FieldDiff(ArticleField.BYLINES, lines(bylines(older), bylines(newer))),
                new FieldDiff(ArticleField.BODY, lines(older.body(), newer.body())));
    }

    private static String bylines(ArticleContent c) {
        return String.join("\n", c.bylines().stream().map(Byline::name).toList());
    }

    /** Lines of {@code older} and {@code newer} as SAME/REMOVED/ADDED, in reading order. */
    static List<DiffLine> lines(String older, String newer) {
        List<String> a = split(older);
        List<String> b = split(newer);
        List<DiffLine> out = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; next < delta.getSource().getPosition(); next++) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a.get(next)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            boolean paired = delta.getType() == DeltaType.CHANGE;
            for (int i = 0; i < removed.size(); i++) {
                String counterpart = paired && i < added.size() ? added.get(i) : null;
                out.add(changed(DiffLine.Kind.REMOVED, removed.get(i), counterpart));
            }
            for (int i = 0; i < added.size(); i++) {
                String counterpart = paired && i < removed.size() ? removed.get(i) : null;
                out.add(changed(DiffLine.Kind.ADDED, added.get(i), counterpart));
            }
            next += removed.size();
        }
        for (; next < a.size(); next++) {
            out.add(new DiffLine(DiffLine.Kind.SAME, a.get(next)));
        }
        return out;
    }

    private static DiffLine changed(DiffLine.Kind kind, String line, String counterpart) {
        if (counterpart == null) {
            return new DiffLine(kind, line);
        }
        return new DiffLine(kind, line, kind == DiffLine.Kind.REMOVED ? words(line, counterpart, true)
                : words(counterpart, line, false));
    }

    /** The runs of one side of a line pair ({@code olderSide}: the old line's), changed tokens merged into runs. */
    private static List<DiffLine.Words> words(String older, String newer, boolean olderSide) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        Set<Integer> changed = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            var chunk = olderSide ? delta.getSource() : delta.getTarget();
            for (int i = 0; i < chunk.size(); i++) {
                changed.add(chunk.getPosition() + i);
            }
        }
        List<String> mine = olderSide ? a : b;
        List<DiffLine.Words> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runChanged = false;
        for (int i = 0; i < mine.size(); i++) {
            boolean c = changed.contains(i);
            if (c != runChanged && !run.isEmpty()) {
                runs.add(new DiffLine.Words(run.toString(), runChanged));
                run.setLength(0);
            }
            runChanged = c;
            run.append(mine.get(i));
        }
        if (!run.isEmpty()) {
            runs.add(new DiffLine.Words(run.toString(), runChanged));
        }
        return runs;
    }

    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\\R", -1));
    }
}
