package de.newsroom.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action and target type the code writes to the audit log has a label in both languages, so the audit view
 * never shows a raw code such as {@code MEDIA_UPLOADED}. Reads the calls of {@code record}, {@code recordAs} and
 * {@code recordMany}'s rows with literal codes; codes built at run time ({@code "ARTICLE_NEXT_VERSION_" + target})
 * are checked by their own tests.
 */
class AuditLabelsTest {

    private static final Path JAVA = Path.of("src/main/java/de/newsroom/console");
    // record("ACTION", "target", ...) and recordAs(actor, "ACTION", "target", ...)
    private static final Pattern CALL = Pattern.compile(
            "\\brecord(?:As)?\\(\\s*(?:(?:\"[^\"]*\"|[^,()\"]+),\\s*)?\"([A-Z][A-Z_]+[A-Z])\"\\s*,\\s*\"([a-z_]+)\"");

    @Test
    void every_literal_action_and_target_written_to_the_audit_log_has_an_english_and_a_german_label()
            throws IOException {
        Properties english = load("i18n/audit.properties");
        Properties german = load("i18n/audit_de.properties");
        List<String> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file));
                while (m.find()) {
                    calls.add(m.group(1) + " " + m.group(2));
                }
            }
        }
        assertThat(calls).as("the scan finds the audit calls").hasSizeGreaterThan(40)
                .contains("MEDIA_UPLOADED media", "COMMENT_SURGE_ON setting");
        List<String> missing = new ArrayList<>();
        for (String call : calls) {
            String[] parts = call.split(" ");
            for (String key : List.of("audit.action." + parts[0], "audit.target." + parts[1])) {
                if (!english.containsKey(key)) {
                    missing.add("en: " + key);
                }
                if (!german.containsKey(key)) {
                    missing.add("de: " + key);
                }
            }
        }
        assertThat(missing).as("labels missing in the audit bundles").isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
