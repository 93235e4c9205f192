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
