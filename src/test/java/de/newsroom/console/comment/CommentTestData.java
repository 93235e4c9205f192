package de.newsroom.console.comment;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data for comments: articles inserted with plain JDBC (the article feature is built elsewhere). */
public final class CommentTestData {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private CommentTestData() {
    }

    /** A client address no other test uses, so rate limits never leak between tests. */
    public static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.%d.%d.%d".formatted(100 + (n >> 16 & 0x7f), n >> 8 & 0xff, n & 0xff);
    }

    public static Article article(JdbcTemplate jdbc, String status, boolean commentsOpen) {
        String slug = "test-" + UUID.randomUUID();
        String title = "Testartikel " + slug.substring(5, 13);
        Long id = jdbc.queryForObject("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values (?, ?, 'Ein kurzer Vorspann.', (select id from app_user where username = 'editor'), ?, ?,
                        case when ? = 'PUBLISHED' then now() end)
                returning id""", Long.class, title, slug, status, commentsOpen, status);
        return new Article(id, slug, title);
    }

    public static Article publishedArticle(JdbcTemplate jdbc) {
        return article(jdbc, "PUBLISHED", true);
    }

    public static long comment(JdbcTemplate jdbc, long articleId, String status, String author, String body) {
        return jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash)
                values (?, ?, ?, ?, 'testhash') returning id""", Long.class, articleId, author, body, status);
    }

    public record Article(long id, String slug, String title) {
    }

    /** JSON string literal with the escapes JSON needs (and \\u escapes for control chars and surrogates). */
    public static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !isPaired(s, i)) {
                        b.append("\\u%04x".formatted((int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    public static String submission(String author, String email, String body) {
        return "{\"authorName\":" + json(author) + ",\"email\":" + json(email) + ",\"body\":" + json(body) + "}";
    }
}
