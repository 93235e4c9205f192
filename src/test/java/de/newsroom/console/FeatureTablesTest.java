package de.newsroom.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Features own their tables (decision 10): a feature's SQL names only its own tables, the views other features
 * publish, and the tables it was granted by name; the read models (dashboard, reader) read everything. ArchUnit sees
 * Java dependencies only, so this test reads the SQL itself: every string literal and text block of each feature's
 * Java sources that looks like SQL, and every repeatable migration. The map lives in
 * {@code src/test/resources/architecture/feature-tables.txt}.
 */
class FeatureTablesTest {

    private static final Path JAVA = Path.of("src/main/java/de/newsroom/console");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Ownership OWNERSHIP = Ownership.read(Path.of("src/test/resources/architecture/feature-tables.txt"));

    @Test
    void every_table_and_view_the_migrations_create_has_exactly_one_owner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile(
                "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
        Pattern drop = Pattern.compile("(?i)\\bdrop\\s+(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+exists\\s+)?(\\w+)");
        for (Path file : migrations()) {
            String sql = Sql.withoutCommentsAndStrings(read(file));
            create.matcher(sql).results().forEach(m -> created.add(m.group(1).toLowerCase(Locale.ROOT)));
            drop.matcher(sql).results().forEach(m -> created.remove(m.group(1).toLowerCase(Locale.ROOT)));
        }
        assertThat(OWNERSHIP.names()).as("tables and views in feature-tables.txt")
                .containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void every_repeatable_migration_names_its_owner() throws IOException {
        List<String> files = migrations().stream().map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("R__")).toList();
        assertThat(OWNERSHIP.routines.keySet()).as("routine entries in feature-tables.txt")
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void no_feature_names_another_features_table_in_its_sql() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String feature = JAVA.relativize(file).getName(0).toString();
                if (JAVA.relativize(file).getNameCount() == 1) {
                    continue; // Application.java
                }
                for (String literal : JavaLiterals.of(read(file))) {
                    OWNERSHIP.violations(feature, literal, false)
                            .forEach(v -> violations.add(JAVA.relativize(file) + ": " + v));
                }
            }
        }
        assertThat(violations).as("SQL naming another feature's table (decision 10)").isEmpty();
    }

    @Test
    void function_trigger_and_view_bodies_name_only_their_owners_tables() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : migrations()) {
            String name = file.getFileName().toString();
            if (name.startsWith("R__")) {
                String owner = OWNERSHIP.routines.get(name);
                OWNERSHIP.violations(owner, read(file), true).forEach(v -> violations.add(name + ": " + v));
            }
        }
        assertThat(violations).isEmpty();
    }

    // The check itself, fed with snippets: it must catch a foreign table and must not cry wolf.

    @Test
    void a_comment_query_joining_the_account_table_is_a_violation() {
        String source = """
                class CommentDetailQuery {
                    String sql = \"""
                            select c.id, u.display_name from comment c
                            left join app_user u on u.id = c.decided_by where c.id = ?\""";
                }
                """;
        List<String> found = JavaLiterals.of(source).stream()
                .flatMap(l -> OWNERSHIP.violations("comment", l, false).stream()).toList();
        assertThat(found).containsExactly("app_user (owned by security)");
    }

    @Test
    void a_comma_join_or_a_write_to_a_foreign_table_is_a_violation() {
        assertThat(OWNERSHIP.violations("category", "update article set category_id = ? where category_id = ?", false))
                .containsExactly("article (owned by article)");
        assertThat(OWNERSHIP.violations("article", "select u.id from app_user u, article a where a.id = ?", false))
                .containsExactly("app_user (owned by security)");
        assertThat(OWNERSHIP.violations("tag", "insert into article_ref (id) values (1)", false))
                .containsExactly("article_ref (a published view is read, never written)");
    }

    @Test
    void own_tables_published_views_grants_and_read_models_pass() {
        assertThat(OWNERSHIP.violations("comment",
                "select c.id, a.title from comment c join article_ref a on a.id = c.article_id", false)).isEmpty();
        Ownership granted = Ownership.parse("""
                table article_tag article
                grant article_tag tag   a named exception
                """);
        assertThat(granted.violations("tag", "delete from article_tag where tag_id = any(?)", false)).isEmpty();
        assertThat(granted.violations("category", "delete from article_tag where tag_id = any(?)", false))
                .containsExactly("article_tag (owned by article)");
        assertThat(OWNERSHIP.violations("dashboard", "select count(*) from comment join article on true", false))
                .isEmpty();
    }

    @Test
    void words_that_are_not_sql_table_references_are_not_violations() {
        String source = """
                @Table(name = "article")
                class Note {
                    // select * from app_user in a comment
                    String key = "article.error.category.unknown";
                    String target = "comment";
                    String sql = "select a.category_id, 'comment' as kind from article a where a.id = ?";
                    char quote = '"';
                }
                """;
        List<String> found = JavaLiterals.of(source).stream()
                .flatMap(l -> OWNERSHIP.violations("article", l, false).stream()).toList();
        assertThat(found).isEmpty();
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed feature-tables.txt. */
    record Ownership(Map<String, String> tables, Map<String, String> views, Set<String> everywhere,
                     Map<String, String> routines, Set<String> grants) {

        private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

        static Ownership read(Path file) {
            return parse(FeatureTablesTest.read(file));
        }

        static Ownership parse(String text) {
            Map<String, String> tables = new LinkedHashMap<>();
            Map<String, String> views = new LinkedHashMap<>();
            Set<String> everywhere = new TreeSet<>();
            Map<String, String> routines = new LinkedHashMap<>();
            Set<String> grants = new TreeSet<>();
            for (String line : text.lines().toList()) {
                String[] f = line.strip().split("\\s+", 4);
                if (f[0].isEmpty() || f[0].startsWith("#")) {
                    continue;
                }
                switch (f[0]) {
                    case "table" -> tables.put(f[1], f[2]);
                    case "view" -> views.put(f[1], f[2]);
                    case "read-model", "tool" -> everywhere.add(f[1]);
                    case "routine" -> routines.put(f[1], f[2]);
                    case "grant" -> grants.add(f[2] + ":" + f[1]);
                    default -> throw new IllegalArgumentException("unknown entry in feature-tables.txt: " + line);
                }
            }
            return new Ownership(tables, views, everywhere, routines, grants);
        }

        Set<String> names() {
            Set<String> all = new TreeSet<>(tables.keySet());
            all.addAll(views.keySet());
            return all;
        }

        /**
         * The foreign tables {@code feature}'s SQL text names, as readable findings. Java literals count only when
         * they look like SQL; a migration file ({@code wholeFile}) always does.
         */
        List<String> violations(String feature, String text, boolean wholeFile) {
            if (everywhere.contains(feature)) {
                return List.of();
            }
            String sql = Sql.withoutCommentsAndStrings(text);
            if (!wholeFile && !Sql.looksLikeSql(sql)) {
                return List.of();
            }
            Set<String> found = new TreeSet<>();
            Matcher m = WORD.matcher(sql);
            while (m.find()) {
                if (isQualified(sql, m.start(), m.end())) {
                    continue;
                }
                String word = m.group().toLowerCase(Locale.ROOT);
                String owner = tables.get(word);
                if (owner != null && !owner.equals(feature) && !grants.contains(feature + ":" + word)) {
                    found.add(word + " (owned by " + owner + ")");
                } else if (views.containsKey(word) && !views.get(word).equals(feature) && Sql.isWriteTarget(sql, m.start())) {
                    found.add(word + " (a published view is read, never written)");
                }
            }
            return List.copyOf(found);
        }

        // "a.article" would be a column and "article.id" a qualified column: only a bare name is a table here.
        private static boolean isQualified(String sql, int start, int end) {
            return start > 0 && sql.charAt(start - 1) == '.' || end < sql.length() && sql.charAt(end) == '.';
        }
    }

    /** Just enough SQL lexing to find table names: no comments, no quoted strings. */
    static final class Sql {

        private static final Pattern KEYWORDS = Pattern.compile("(?i)\\b(select|insert|update|delete|from|join|into)\\b");
        private static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+$");

        static boolean looksLikeSql(String text) {
            return KEYWORDS.matcher(text).find();
        }

        static boolean isWriteTarget(String sql, int start) {
            return WRITE.matcher(sql.substring(Math.max(0, start - 20), start)).find();
        }

        static String withoutCommentsAndStrings(String sql) {
            StringBuilder out = new StringBuilder(sql.length());
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                    while (i < sql.length() && sql.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '\'') {
                    i++;
                    while (i < sql.length()) {
                        if (sql.charAt(i) == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                            i += 2;
                        } else if (sql.charAt(i) == '\'') {
                            break;
                        } else {
                            i++;
                        }
                    }
                    i++;
                    out.append("''");
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }
    }

    /** The string literals and text blocks of a Java source, comments and char literals skipped. */
    static final class JavaLiterals {

        static List<String> of(String source) {
            List<String> literals = new ArrayList<>();
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = indexOrEnd(source, "\n", i);
                } else if (source.startsWith("/*", i)) {
                    i = indexOrEnd(source, "*/", i + 2) + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    int start = source.indexOf('\n', i) + 1;
                    int end = start;
                    while (end < n && !(source.startsWith("\"\"\"", end) && source.charAt(end - 1) != '\\')) {
                        end++;
                    }
                    literals.add(source.substring(start, end));
                    i = end + 3;
                } else if (c == '"') {
                    int end = i + 1;
                    while (end < n && source.charAt(end) != '"') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    literals.add(source.substring(i + 1, Math.min(end, n)));
                    i = end + 1;
                } else if (c == '\'') {
                    int end = i + 1;
                    while (end < n && source.charAt(end) != '\'') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return literals;
        }

        private static int indexOrEnd(String s, String what, int from) {
            int at = s.indexOf(what, from);
            return at < 0 ? s.length() : at;
        }
    }
}
