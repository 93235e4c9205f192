package de.newsroom.console.comment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.security.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The intake's rules snapshot: one read serves many comments, yet no change waits longer than its maximum age. */
@IntegrationTest
class CommentRulesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));

    @AfterEach
    void removeTestRules() {
        jdbc.update("delete from comment_blocked_author where value like 'rules-test-%'");
    }

    @Test
    void a_snapshot_is_reused_until_it_is_older_than_its_maximum_age() {
        CommentRules rules = new CommentRules(jdbc, clock);
        CommentRules.Snapshot first = rules.snapshot();
        // Another instance adds an entry behind this one's back.
        jdbc.update("insert into comment_blocked_author (kind, value) values ('NAME', 'rules-test-other')");

        clock.advance(CommentRules.MAX_AGE.minusMillis(1));
        assertThat(rules.snapshot()).isSameAs(first);
        assertThat(rules.snapshot().blockedAuthor("RULES-TEST-OTHER", null, "x")).isEmpty();

        clock.advance(Duration.ofMillis(2));
        assertThat(rules.snapshot()).isNotSameAs(first);
        assertThat(rules.snapshot().blockedAuthor("RULES-TEST-OTHER", null, "x")).isPresent();
    }

    @Test
    void this_instance_sees_its_own_change_once_it_commits_and_not_before() {
        CommentRules rules = new CommentRules(jdbc, clock);
        CommentRules.Snapshot before = rules.snapshot();
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into comment_blocked_author (kind, value) values ('EMAIL', 'rules-test-own@x.de')");
            rules.changed();
            assertThat(rules.snapshot()).as("not dropped before the commit").isSameAs(before);
        });
        assertThat(rules.snapshot().blockedAuthor("n", "Rules-Test-Own@X.de", "x"))
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(BlockedAuthor.Kind.EMAIL));

        CommentRules.Snapshot afterCommit = rules.snapshot();
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from comment_blocked_author where value = 'rules-test-own@x.de'");
            rules.changed();
            status.setRollbackOnly();
        });
        assertThat(rules.snapshot()).as("a rolled-back change keeps the snapshot").isSameAs(afterCommit);
    }

    @Test
    void blocked_authors_match_names_and_e_mails_case_insensitively_and_hashes_exactly() {
        CommentRules rules = new CommentRules(jdbc, clock);
        jdbc.update("insert into comment_blocked_author (kind, value) values ('CLIENT_HASH', 'rules-test-Hash')");
        rules.changed();
        CommentRules.Snapshot snapshot = rules.snapshot();
        assertThat(snapshot.blockedAuthor("n", null, "rules-test-Hash")).isPresent();
        assertThat(snapshot.blockedAuthor("n", null, "rules-test-hash")).isEmpty();
        assertThat(snapshot.blockedAuthor(null, null, "other")).isEmpty();
    }
}
