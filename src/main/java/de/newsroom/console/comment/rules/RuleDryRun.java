package de.newsroom.console.comment.rules;

import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.base.domain.Texts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before an admin saves a blocked word, removes one or changes the report threshold: how many comments of the last
 * {@value #DAYS} days the change would have flagged, or stopped flagging, with examples. Words are judged by the
 * intake's own {@link BlockedWordMatcher} (and its link count), on candidates that a PostgreSQL regular expression
 * built from every spelling that folds to the word ({@link FoldedSpellings}) finds among the comments of those days
 * (index {@code comment_dashboard_created_idx}), run only where a cheap {@code ILIKE} first pass leaves it a
 * chance. A time limit and a row cap keep it bounded on any table; a cut-off
 * result says so ({@link DryRunResult#complete()}).
 */
@Service
public class RuleDryRun {

    public static final int DAYS = 30;
    public static final int EXAMPLES = 5;
    static final Duration TIME_LIMIT = Duration.ofSeconds(3);
    static final int ROW_CAP = 200_000;
    private static final int CONTEXT = 40;

    private final JdbcTemplate jdbc;
    private final CommentRules rules;
    private final Clock clock;

    RuleDryRun(JdbcTemplate jdbc, CommentRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * The effect of adding the blocked word {@code word} ({@code exceptions} comma-separated, as in
     * {@link CommentSettingsService#addBlockedWord}).
     *
     * @throws IllegalArgumentException with the settings' translation key for a blank or too long word
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public DryRunResult addWord(String word, boolean wholeWord, String exceptions) {
        String clean = Texts.normalize(word);
        if (clean == null || clean.isEmpty() || !Texts.isStorable(clean)
                || Texts.codePointLength(clean) > CommentSettingsService.WORD_MAX || Texts.fold(clean).isBlank()) {
            throw new IllegalArgumentException("comment.settings.error.word");
        }
        List<String> exceptionList = exceptions == null ? List.of() : Arrays.stream(exceptions.split(","))
                .map(Texts::normalize).filter(s -> !s.isEmpty() && Texts.isStorable(s)).distinct().toList();
        BlockedWordRule proposed = new BlockedWordRule(clean, wholeWord, exceptionList);
        List<BlockedWordRule> today = rules.blockedWords().stream().map(BlockedWord::toRule).toList();
        List<BlockedWordRule> after = new ArrayList<>(today);
        after.add(proposed);
        return scan(proposed, new BlockedWordMatcher(today), new BlockedWordMatcher(after));
    }

    /** The effect of removing blocked word {@code id}; an unknown id changes nothing. */
    @Transactional(readOnly = true)
    @AdminOnly
    public DryRunResult removeWord(long id) {
        List<BlockedWord> words = rules.blockedWords();
        BlockedWord removed = words.stream().filter(w -> w.id() == id).findFirst().orElse(null);
        if (removed == null) {
            return new DryRunResult(0, 0, 0, List.of(), List.of(), true, 0, 0);
        }
        List<BlockedWordRule> today = words.stream().map(BlockedWord::toRule).toList();
        List<BlockedWordRule> after = words.stream().filter(w -> w.id() != id).map(BlockedWord::toRule).toList();
        return scan(removed.toRule(), new BlockedWordMatcher(today), new BlockedWordMatcher(after));
    }

    /**
     * The effect of setting the report threshold to {@code threshold}: comments of the period whose reader reports
     * reached the new threshold but not today's (they would have gone back to review) and the other way round.
     *
     * @throws IllegalArgumentException with the settings' translation key when out of range
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public DryRunResult reportThreshold(int threshold) {
        if (threshold < CommentSettingsService.REPORT_THRESHOLD_MIN
                || threshold > CommentSettingsService.REPORT_THRESHOLD_MAX) {
            throw new IllegalArgumentException("comment.settings.error.threshold");
        }
        long start = System.nanoTime();
        Integer today = jdbc.queryForObject("select report_threshold from comment_moderation_setting", Integer.class);
        int now = today == null ? 3 : today;
        Timestamp since = since();
        int[] counts = jdbc.queryForObject("""
                select count(*) filter (where report_count >= ? and report_count < ?),
                       count(*) filter (where report_count >= ? and report_count < ?)
                from comment where created_at >= ? and report_count > 0""",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, threshold, now, now, threshold, since);
        String examples = """
                select c.id, c.body, a.title from comment c join article_ref a on a.id = c.article_id
                where c.created_at >= ? and c.report_count >= ? and c.report_count < ?
                order by c.created_at desc, c.id desc limit ?""";
        List<DryRunResult.Example> newly = jdbc.query(examples, (rs, i) -> plain(rs), since, threshold, now, EXAMPLES);
        List<DryRunResult.Example> stopped = jdbc.query(examples, (rs, i) -> plain(rs), since, now, threshold,
                EXAMPLES);
        return new DryRunResult(counts[0] + counts[1], counts[0], counts[1], newly, stopped, true, counts[0]
                + counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    private Timestamp since() {
        return Timestamp.from(clock.instant().minus(Duration.ofDays(DAYS)));
    }

    private static DryRunResult.Example plain(ResultSet rs) throws SQLException {
        String body = rs.getString(2);
        return new DryRunResult.Example(rs.getLong(1), "", "", cutEnd(body, 2 * CONTEXT), rs.getString(3));
    }

    /**
     * Reads the candidates for {@code rule} (newest first) and compares each comment's verdict under {@code today}'s
     * words with the one under {@code after}'s, as the intake would have given it (blocked words in text or name,
     * more than {@value CommentFlagger#MAX_LINKS} links).
     */
    private DryRunResult scan(BlockedWordRule rule, BlockedWordMatcher today, BlockedWordMatcher after) {
        long start = System.nanoTime();
        long deadline = start + TIME_LIMIT.toNanos();
        BlockedWordMatcher alone = new BlockedWordMatcher(List.of(rule));
        FoldedSpellings.Candidates candidates = FoldedSpellings.candidates(rule.word());
        int[] counts = new int[4]; // matched, newly, stopped, scanned
        boolean[] complete = {true};
        List<DryRunResult.Example> newly = new ArrayList<>();
        List<DryRunResult.Example> stopped = new ArrayList<>();
        jdbc.execute("set local statement_timeout = '" + (TIME_LIMIT.toMillis() * 2) + "ms'");
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    select c.id, c.author_name, c.body, a.title
                    from comment c join article_ref a on a.id = c.article_id
                    where c.created_at >= ? and (%s or %s)
                    order by c.created_at desc, c.id desc"""
                    .formatted(candidates.sql("c.body"), candidates.sql("c.author_name")));
            ps.setFetchSize(500);
            int p = 1;
            ps.setTimestamp(p++, since());
            for (int column = 0; column < 2; column++) {
                for (String value : candidates.parameters()) {
                    ps.setString(p++, value);
                }
            }
            return ps;
        }, (ResultSet rs) -> {
            while (rs.next()) {
                if (counts[3] >= ROW_CAP || System.nanoTime() > deadline) {
                    complete[0] = false;
                    break;
                }
                counts[3]++;
                String author = nfc(rs.getString(2));
                String body = nfc(rs.getString(3));
                List<BlockedWordMatcher.Match> hits = alone.find(body);
                boolean inBody = !hits.isEmpty();
                if (!inBody) {
                    hits = alone.find(author);
                    if (hits.isEmpty()) {
                        continue;
                    }
                }
                counts[0]++;
                boolean links = CommentFlagger.countLinks(body) > CommentFlagger.MAX_LINKS;
                boolean flaggedToday = links || !today.find(body).isEmpty() || !today.find(author).isEmpty();
                boolean flaggedAfter = links || !after.find(body).isEmpty() || !after.find(author).isEmpty();
                if (!flaggedToday && flaggedAfter) {
                    counts[1]++;
                    if (newly.size() < EXAMPLES) {
                        newly.add(example(rs.getLong(1), inBody ? body : author, hits.getFirst(), rs.getString(4)));
                    }
                } else if (flaggedToday && !flaggedAfter) {
                    counts[2]++;
                    if (stopped.size() < EXAMPLES) {
                        stopped.add(example(rs.getLong(1), inBody ? body : author, hits.getFirst(), rs.getString(4)));
                    }
                }
            }
            return null;
        });
        return new DryRunResult(counts[0], counts[1], counts[2], newly, stopped, complete[0], counts[3],
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static DryRunResult.Example example(long id, String text, BlockedWordMatcher.Match match, String title) {
        String before = text.substring(0, match.start());
        String after = text.substring(match.end());
        return new DryRunResult.Example(id, cutStart(before, CONTEXT), match.fragment(), cutEnd(after, CONTEXT), title);
    }

    private static String cutStart(String text, int codePoints) {
        int length = text.codePointCount(0, text.length());
        return length <= codePoints ? text : "…" + text.substring(text.offsetByCodePoints(0, length - codePoints));
    }

    private static String cutEnd(String text, int codePoints) {
        if (text == null) {
            return "";
        }
        int length = text.codePointCount(0, text.length());
        return length <= codePoints ? text : text.substring(0, text.offsetByCodePoints(0, codePoints)) + "…";
    }
}
