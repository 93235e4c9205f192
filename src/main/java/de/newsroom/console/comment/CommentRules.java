package de.newsroom.console.comment;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the moderation rules (blocked words, blocked authors) that flag comments on arrival. */
@Component
class CommentRules {

    private final JdbcTemplate jdbc;

    CommentRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<BlockedWord> blockedWords() {
        return jdbc.query("select id, word, whole_word, exceptions from comment_blocked_word order by lower(word)",
                (rs, i) -> new BlockedWord(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        strings(rs.getArray(4))));
    }

    List<BlockedAuthor> blockedAuthors() {
        return jdbc.query("select id, kind, value, note from comment_blocked_author order by kind, lower(value)",
                (rs, i) -> new BlockedAuthor(rs.getLong(1), BlockedAuthor.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)));
    }

    /** The block-list entry this author matches, if any. */
    Optional<BlockedAuthor> blockedAuthor(String name, String email, String clientHash) {
        return jdbc.query("""
                select id, kind, value, note from comment_blocked_author
                where (kind = 'NAME' and lower(value) = lower(?))
                   or (kind = 'EMAIL' and lower(value) = lower(?))
                   or (kind = 'CLIENT_HASH' and value = ?)
                order by id limit 1""",
                (rs, i) -> new BlockedAuthor(rs.getLong(1), BlockedAuthor.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)), name, email, clientHash).stream().findFirst();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
