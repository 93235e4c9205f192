package de.newsroom.console.comment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.comment.CommentTestData;
import de.newsroom.console.comment.CommentTestData.Article;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The dry run of a rule change on the real table: counts, examples, exceptions and removals. */
@IntegrationTest
class RuleDryRunTest {

    @Autowired RuleDryRun dryRun;
    @Autowired CommentSettingsService settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext applicationContext;

    /** A word no other test writes: the table is shared with them. */
    private final String word = "plumpsack" + randomLetters();
    private Article article;

    private static String randomLetters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    @BeforeEach
    void signIn() {
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"),
                        new SimpleGrantedAuthority("ROLE_MODERATOR"))));
        article = CommentTestData.publishedArticle(jdbc);
    }

    @AfterEach
    void signOut() {
        jdbc.update("delete from comment_blocked_word where word like 'plumpsack%' or word like 'grün%'");
        SecurityContextHolder.clearContext();
    }

    private long comment(String author, String body, int daysAgo) {
        return jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, ?, ?, 'APPROVED', 'dry-run', now() - ? * interval '1 day') returning id""", Long.class,
                article.id(), author, body, daysAgo);
    }

    @Test
    void a_new_word_counts_the_comments_it_would_have_flagged_honours_exceptions_and_shows_the_match_as_text() {
        long shouted = comment("Leser", "Du " + word.toUpperCase() + "! <b>Echt</b>", 1);
        long compound = comment("Leser", "Ein Über" + word + "-Fall", 2);
        comment("Leser", "Das " + word + "land ist schön", 3); // the exception
        long softHyphen = comment("Leser", "Sie " + word.substring(0, 4) + "\u00AD" + word.substring(4), 4);
        comment("Leser", "Zu alt: " + word, 40);
        comment("Leser", word + " https://a.example https://b.example https://c.example", 5); // flagged for links
        long byName = comment(word, "Ganz harmlos.", 6);

        DryRunResult partOfWord = dryRun.addWord("  " + word + " ", false, word + "land");

        assertThat(partOfWord.complete()).isTrue();
        assertThat(partOfWord.matched()).isEqualTo(5);
        assertThat(partOfWord.newlyFlagged()).isEqualTo(4);
        assertThat(partOfWord.stoppedFlagging()).isZero();
        assertThat(partOfWord.newlyExamples()).extracting(DryRunResult.Example::commentId)
                .containsExactly(shouted, compound, softHyphen, byName);
        DryRunResult.Example first = partOfWord.newlyExamples().getFirst();
        assertThat(first.before()).isEqualTo("Du ");
        assertThat(first.match()).isEqualTo(word.toUpperCase());
        assertThat(first.after()).isEqualTo("! <b>Echt</b>");
        assertThat(first.articleTitle()).isEqualTo(article.title());
        assertThat(partOfWord.newlyExamples().get(2).match()).isEqualTo(word.substring(0, 4) + "\u00AD"
                + word.substring(4));

        DryRunResult wholeWord = dryRun.addWord(word, true, "");
        assertThat(wholeWord.newlyExamples()).extracting(DryRunResult.Example::commentId)
                .containsExactly(shouted, softHyphen, byName);
        assertThat(wholeWord.matched()).isEqualTo(4);
    }

    @Test
    void umlauts_and_spelled_out_umlauts_are_found_like_the_intake_finds_them() {
        String green = "grün" + randomLetters();
        String spelledOut = green.replace("ü", "ue");
        long plain = comment("Leser", "So " + green + ".", 1);
        long spelled = comment("Leser", "So " + spelledOut.toUpperCase() + ".", 1);
        long decomposed = comment("Leser", "So " + green.replace("ü", "u\u0308") + ".", 1);

        assertThat(dryRun.addWord(spelledOut, true, "").newlyExamples()).extracting(DryRunResult.Example::commentId)
                .containsExactlyInAnyOrder(plain, spelled, decomposed);
        assertThat(dryRun.addWord(green, true, "").newlyFlagged()).isEqualTo(3);
    }

    @Test
    void the_first_pass_changes_no_answer_for_accents_soft_hyphens_umlauts_parts_of_words_and_exceptions() {
        String zeche = "zeche" + randomLetters();
        String rest = zeche.substring(5);
        long accent = comment("Leser", "Die Zech\u00E9" + rest + " zahlen wir.", 1);
        long softHyphen = comment("Leser", "DIE ZE\u00ADCHE" + rest.toUpperCase() + "!", 2);
        long fullWidth = comment("Leser", "\uFF3Aeche" + rest, 3);
        long inside = comment("Leser", "Die Gro\u00DF" + zeche + "n", 4);
        comment("Leser", "Der " + zeche + "nturm", 5); // the exception
        comment("Leser", "Die Zeche " + rest, 6); // a space inside: not the word

        DryRunResult partOfWord = dryRun.addWord(zeche, false, zeche + "nturm");
        assertThat(partOfWord.matched()).isEqualTo(4);
        assertThat(partOfWord.newlyExamples()).extracting(DryRunResult.Example::commentId)
                .containsExactly(accent, softHyphen, fullWidth, inside);
        assertThat(partOfWord.newlyExamples()).extracting(DryRunResult.Example::match)
                .containsExactly("Zech\u00E9" + rest, "ZE\u00ADCHE" + rest.toUpperCase(), "\uFF3Aeche" + rest, zeche);
        DryRunResult wholeWord = dryRun.addWord(zeche.toUpperCase(), true, "");
        assertThat(wholeWord.matched()).isEqualTo(3);
        assertThat(wholeWord.newlyExamples()).extracting(DryRunResult.Example::commentId)
                .containsExactly(accent, softHyphen, fullWidth);

        String cheese = "k\u00E4se" + randomLetters();
        long umlaut = comment("Leser", "Der " + cheese.toUpperCase() + " stinkt", 1);
        long spelledOut = comment("Leser", "Der " + cheese.replace("\u00E4", "ae"), 2);
        long decomposed = comment("Leser", "Der " + cheese.replace("\u00E4", "a\u0308"), 3);
        comment("Leser", "Der " + cheese.replace("\u00E4", "a"), 4); // "kase" is not "kaese"
        for (String spelling : List.of(cheese, cheese.replace("\u00E4", "ae"), cheese.toUpperCase())) {
            DryRunResult result = dryRun.addWord(spelling, true, "");
            assertThat(result.matched()).as(spelling).isEqualTo(3);
            assertThat(result.newlyExamples()).extracting(DryRunResult.Example::commentId)
                    .containsExactly(umlaut, spelledOut, decomposed);
        }

        String measure = "ma\u00DF" + randomLetters();
        String measureRest = measure.substring(3);
        long capitalSharpS = comment("Leser", "Das MA\u1E9E" + measureRest.toUpperCase(), 1);
        long doubleS = comment("Leser", "Das Mass" + measureRest, 2);
        assertThat(dryRun.addWord(measure, true, "").newlyExamples()).extracting(DryRunResult.Example::commentId)
                .containsExactly(capitalSharpS, doubleS);

        DryRunResult nothing = dryRun.addWord("quarkbr\u00F6tchen" + randomLetters(), false, "");
        assertThat(nothing.complete()).isTrue();
        assertThat(nothing.matched()).isZero();
        assertThat(nothing.newlyExamples()).isEmpty();
    }

    /**
     * The first pass must be a necessary condition of the regular expression (which must find whatever the matcher
     * finds): generated spellings of tricky words, and the same with a letter dropped, checked in PostgreSQL.
     */
    @Test
    void the_first_pass_keeps_exactly_the_rows_of_the_regular_expression_for_generated_spellings() {
        for (int i = 0; i < FoldedSpellings.UMLAUTS.length(); i++) {
            assertThat(de.newsroom.console.base.domain.Texts.foldCodePoint(FoldedSpellings.UMLAUTS.charAt(i)))
                    .startsWith(FoldedSpellings.UMLAUT_FIRST_LETTERS.substring(i, i + 1));
        }
        java.util.Random random = new java.util.Random(16);
        for (String word : List.of("Zeche", "Mitarbeiter", "Quarkbr\u00F6tchen", "Stra\u00DFe", "Gr\u00FC\u00DFe",
                "K\u00E4se", "Kaese", "\u0153uvre", "50%_x", "a\\b", "thx", "\uFB01sch", "\u20ACuro", "du idiot",
                "\u00C4rger", "\u00F6l")) {
            BlockedWordMatcher matcher = new BlockedWordMatcher(List.of(new BlockedWordRule(word, false)));
            FoldedSpellings.Candidates candidates = FoldedSpellings.candidates(word);
            List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 150; i++) {
                String spelled = respell(word, random);
                texts.add(spelled);
                int drop = spelled.offsetByCodePoints(0, random.nextInt(spelled.codePointCount(0, spelled.length())));
                texts.add(spelled.substring(0, drop) + spelled.substring(spelled.offsetByCodePoints(drop, 1)));
            }
            List<boolean[]> verdicts = jdbc.query(connection -> {
                var ps = connection.prepareStatement("select u.t ~ ?, " + candidates.sql("u.t")
                        + " from unnest(?::text[]) with ordinality u(t, n) order by u.n");
                int p = 1;
                ps.setString(p++, candidates.pattern());
                for (String value : candidates.parameters()) {
                    ps.setString(p++, value);
                }
                ps.setArray(p, connection.createArrayOf("text", texts.toArray()));
                return ps;
            }, (rs, i) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)});
            int found = 0;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                boolean regex = verdicts.get(i)[0];
                assertThat(verdicts.get(i)[1]).as("first pass + pattern for %s in %s", word, text).isEqualTo(regex);
                if (!matcher.find(text).isEmpty()) {
                    found++;
                    assertThat(regex).as("pattern for %s in %s", word, text).isTrue();
                }
            }
            assertThat(found).as("spellings of %s the matcher finds", word).isGreaterThan(100);
        }
    }

    /** {@code word} in context, with case, umlauts, "ß", accents, full-width letters and invisible marks varied. */
    private static String respell(String word, java.util.Random random) {
        String[] around = {"", "Die ", "x", "\u00E4", "\u201E", " (", "\uD83D\uDE00"};
        StringBuilder out = new StringBuilder(around[random.nextInt(around.length)]);
        String w = switch (random.nextInt(4)) {
            case 0 -> word.replace("\u00E4", "ae").replace("\u00F6", "oe").replace("\u00FC", "ue")
                    .replace("\u00DF", "ss");
            case 1 -> word.replace("ae", "\u00E4").replace("ss", "\u00DF");
            default -> word;
        };
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String piece = switch (random.nextInt(8)) {
                case 0 -> String.valueOf(Character.toUpperCase(c));
                case 1 -> c >= 'a' && c <= 'z' ? Character.toString(0xFF41 + c - 'a') : String.valueOf(c);
                case 2 -> c == 'e' ? "\u00E9" : c == 'a' ? "\u00E0" : c == '\u00DF' ? "\u1E9E" : String.valueOf(c);
                case 3 -> c + "\u0301";
                default -> String.valueOf(c);
            };
            out.append(piece);
            if (i < w.length() - 1 && random.nextInt(6) == 0) {
                out.append(new String[] {"\u00AD", "\u200B", "\uFE0F"}[random.nextInt(3)]);
            }
        }
        out.append(around[random.nextInt(around.length)]);
        String text = out.toString();
        return random.nextInt(5) == 0 ? java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD) : text;
    }

    @Test
    void removing_a_word_counts_the_comments_it_would_stop_flagging() {
        long alone = comment("Leser", "Du " + word + "!", 1);
        comment("Leser", word + " https://a.example https://b.example https://c.example", 1); // still flagged: links
        BlockedWord other = settings.addBlockedWord(word + "zwei", true, "");
        comment("Leser", word + " und " + word + "zwei", 1); // still flagged: the other word
        BlockedWord rule = settings.addBlockedWord(word, false, "");

        DryRunResult removal = dryRun.removeWord(rule.id());

        assertThat(removal.matched()).isEqualTo(3);
        assertThat(removal.stoppedFlagging()).isEqualTo(1);
        assertThat(removal.newlyFlagged()).isZero();
        assertThat(removal.stoppedExamples()).singleElement().satisfies(e -> {
            assertThat(e.commentId()).isEqualTo(alone);
            assertThat(e.match()).isEqualTo(word);
        });
        // Adding a word that is already a rule changes no verdict.
        assertThat(dryRun.addWord(word, false, "").newlyFlagged()).isZero();
        assertThat(dryRun.removeWord(other.id()).stoppedFlagging()).isZero();
    }

    @Test
    void a_threshold_change_counts_the_comments_whose_reports_reach_one_but_not_the_other() {
        int today = settings.reportThreshold();
        int lower = Math.max(1, today - 1);
        DryRunResult before = dryRun.reportThreshold(lower == today ? today + 1 : lower);
        long reached = comment("Leser", "Gemeldet", 1);
        jdbc.update("update comment set report_count = ? where id = ?", lower == today ? today : lower, reached);

        DryRunResult after = dryRun.reportThreshold(lower == today ? today + 1 : lower);

        if (lower < today) {
            assertThat(after.newlyFlagged() - before.newlyFlagged()).isOne();
            assertThat(after.newlyExamples()).extracting(DryRunResult.Example::commentId).contains(reached);
        } else {
            assertThat(after.stoppedFlagging() - before.stoppedFlagging()).isOne();
            assertThat(after.stoppedExamples()).extracting(DryRunResult.Example::commentId).contains(reached);
        }
        assertThatThrownBy(() -> dryRun.reportThreshold(0)).hasMessage("comment.settings.error.threshold");
    }

    @Test
    void only_admins_run_a_dry_run_and_a_bad_word_is_refused() {
        assertThatThrownBy(() -> dryRun.addWord("   ", false, "")).hasMessage("comment.settings.error.word");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "moderator", null, List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"))));
        assertThatThrownBy(() -> dryRun.addWord(word, false, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dryRun.reportThreshold(3)).isInstanceOf(AccessDeniedException.class);
    }
}
