package de.newsroom.console.comment.rules;

import de.newsroom.console.base.db.RefreshingSnapshot;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the moderation rules (blocked words, blocked authors) that flag comments on arrival. The intake reads them
 * from a snapshot that this instance renews after its own changes commit and that other instances renew within
 * {@link #MAX_AGE}, so a comment costs no rule queries.
 */
@Component
public class CommentRules {

    /** How long a snapshot serves before it is read again (bounds how late another instance's change arrives). */
    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final RefreshingSnapshot<Snapshot> snapshot;

    CommentRules(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = new RefreshingSnapshot<>(clock, MAX_AGE, this::read);
    }

    /** The rules as the intake applies them: a compiled word matcher and the author block list. */
    record Snapshot(List<BlockedWord> words, BlockedWordMatcher matcher, List<BlockedAuthor> authors) {

        /** The lowest-id block-list entry this author matches, if any (names and e-mails case-insensitively). */
        Optional<BlockedAuthor> blockedAuthor(String name, String email, String clientHash) {
            return authors.stream().filter(a -> switch (a.kind()) {
                case NAME -> name != null && fold(a.value()).equals(fold(name));
                case EMAIL -> email != null && fold(a.value()).equals(fold(email));
                case CLIENT_HASH -> a.value().equals(clientHash);
            }).min(Comparator.comparing(BlockedAuthor::id));
        }

        private static String fold(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }

    /** The current snapshot, read again when it is older than {@link #MAX_AGE} or this instance changed a rule. */
    Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot read() {
        List<BlockedWord> words = blockedWords();
        return new Snapshot(words, new BlockedWordMatcher(words.stream().map(BlockedWord::toRule).toList()),
                blockedAuthors());
    }

    /** Drops the snapshot once the current transaction commits (at once outside a transaction). */
    void changed() {
        snapshot.dropAfterCommit();
    }

    List<BlockedWord> blockedWords() {
        return jdbc.query("select id, word, whole_word, exceptions from comment_blocked_word order by word collate newsroom_de",
                (rs, i) -> new BlockedWord(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        strings(rs.getArray(4))));
    }

    List<BlockedAuthor> blockedAuthors() {
        return jdbc.query("select id, kind, value, note from comment_blocked_author order by kind, value collate newsroom_de",
                (rs, i) -> new BlockedAuthor(rs.getLong(1), BlockedAuthor.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)));
    }

    public static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
