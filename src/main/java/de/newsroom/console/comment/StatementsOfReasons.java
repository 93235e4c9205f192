package de.newsroom.console.comment;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.audit.Csv;
import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.comment.rules.CommentFlagger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports every rejection and spam decision of a period as EU DSA statements of reasons (art. 17), in the fields of
 * the DSA Transparency Database, as JSON (the body its {@code statements} endpoint takes) or CSV. The rows stream from
 * a server-side cursor straight to the output, so a year of decisions never sits in memory. Admins only; each export
 * is audited, because notes may name people.
 */
@Service
public class StatementsOfReasons {

    /** Rows per round trip of the cursor: small enough for little memory, large enough for few round trips. */
    static final int FETCH_SIZE = 500;

    /** The EU and EEA states, the scope of a removal from a German site's comments unless configured otherwise. */
    static final String EEA = "AT,BE,BG,HR,CY,CZ,DK,EE,FI,FR,DE,GR,HU,IE,IT,LV,LT,LU,MT,NL,PL,PT,RO,SK,SI,ES,SE,IS,LI,NO";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final JsonMapper json;
    private final List<String> territorialScope;

    StatementsOfReasons(JdbcTemplate jdbc, AuditLog audit, JsonMapper json,
                        @Value("${newsroom.comments.dsa.territorial-scope:" + EEA + "}") List<String> scope) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.territorialScope = scope.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Hands each statement for decisions in {@code [from, to)} (oldest first) to {@code sink} while the cursor is
     * open; returns how many there were. The export formats below are built on this.
     */
    @Transactional
    @AdminOnly
    public int forEach(Instant from, Instant to, Consumer<StatementOfReasons> sink) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("comment.dsa.range.invalid");
        }
        int[] count = {0};
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    select c.id, c.status, c.reject_reason, c.reject_note, c.flags, c.created_at, c.decided_at,
                           c.decided_by is null, c.report_count > 0, c.decided_automatically
                    from comment c
                    where c.status in ('REJECTED', 'SPAM') and c.decided_at >= ? and c.decided_at < ?
                    order by c.decided_at, c.id""");
            // With a fetch size inside a transaction the PostgreSQL driver reads through a portal (a cursor) batch
            // by batch instead of loading the whole result.
            ps.setFetchSize(FETCH_SIZE);
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            return ps;
        }, rs -> {
            sink.accept(statement(rs));
            count[0]++;
        });
        audit.record("COMMENT_DSA_EXPORT", "comment", null, count[0] + " statements of reasons, decisions from "
                + from + " to " + to);
        return count[0];
    }

    /** Writes the statements as UTF-8 JSON, {@code {"statements": [...]}}; returns how many. */
    @Transactional
    @AdminOnly
    public int exportJson(Instant from, Instant to, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(new NonClosing(out))) {
            g.writeStartObject();
            g.writeName("statements");
            g.writeStartArray();
            int n = forEach(from, to, s -> write(g, s));
            g.writeEndArray();
            g.writeEndObject();
            return n;
        }
    }

    /** Writes the statements as UTF-8 CSV with the API's field names as header; no cell runs as a formula. */
    @Transactional
    @AdminOnly
    public int exportCsv(Instant from, Instant to, OutputStream out) {
        try {
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(String.join(",", StatementOfReasons.FIELDS));
            w.write("\r\n");
            int n = forEach(from, to, s -> {
                try {
                    w.write(String.join(",", Csv.cell(s.puid()), String.valueOf(s.commentId()),
                            Csv.cell(String.join(",", s.decisionVisibility())), Csv.cell(s.decisionGround()),
                            Csv.cell(s.incompatibleContentGround()), Csv.cell(s.incompatibleContentExplanation()),
                            Csv.cell(s.category()), Csv.cell(s.decisionFacts()),
                            Csv.cell(String.join(",", s.contentType())), s.contentDate().toString(),
                            s.applicationDate().toString(), Csv.cell(s.automatedDetection()),
                            Csv.cell(s.automatedDecision()), Csv.cell(s.sourceType()),
                            Csv.cell(String.join(",", s.territorialScope()))));
                    w.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StatementOfReasons statement(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        boolean spam = "SPAM".equals(rs.getString(2));
        RejectReason reason = rs.getString(3) == null ? (spam ? RejectReason.SPAM : RejectReason.OTHER)
                : RejectReason.valueOf(rs.getString(3));
        String note = rs.getString(4);
        List<String> flags = flags(rs.getArray(5));
        Instant created = rs.getTimestamp(6).toInstant();
        Instant decided = rs.getTimestamp(7).toInstant();
        boolean automated = rs.getBoolean(8);
        boolean reported = rs.getBoolean(9);
        // Which automation decided (decision 22); rows from before V92 without one were the block list's.
        boolean surge = AutomaticDecision.SURGE_STRICTER_RULES.name().equals(rs.getString(10));
        String ground = "Comment guidelines: " + words(reason);
        String explanation = note != null ? note : automated
                ? "The sender is on the newsroom's block list; their comments are rejected on arrival."
                : "The comment breaks the comment guidelines (" + words(reason) + ").";
        String facts = (!automated ? "Rejected by a moderator as " + words(reason) + ". " : surge
                ? "Rejected automatically on arrival: the comment rules flagged it while the surge guard applied "
                        + "stricter rules. "
                : "Rejected automatically on arrival: the sender is on the block list. ")
                + (note == null ? "" : "Note: " + note + " ")
                + (flags.isEmpty() ? "" : "Automatic flags: " + String.join(", ", flags) + ". ")
                + (reported ? "Reported by readers." : "");
        return new StatementOfReasons(
                "newsroom-comment-" + id + "-" + decided.toEpochMilli(), id,
                List.of("DECISION_VISIBILITY_CONTENT_REMOVED"),
                "DECISION_GROUND_INCOMPATIBLE_CONTENT", ground, explanation, category(reason), facts.strip(),
                List.of("CONTENT_TYPE_TEXT"),
                created.atZone(ZoneOffset.UTC).toLocalDate(), decided.atZone(ZoneOffset.UTC).toLocalDate(),
                flags.isEmpty() ? "No" : "Yes",
                automated ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED",
                reported ? "SOURCE_ARTICLE_16" : "SOURCE_VOLUNTARY",
                territorialScope);
    }

    /** The Transparency Database's category for a reject reason; the mapping a lawyer may want to adjust. */
    static String category(RejectReason reason) {
        return switch (reason) {
            case INSULT -> "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH";
            case PERSONAL_DATA -> "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS";
            case SPAM, OFF_TOPIC, DUPLICATE, OTHER -> "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE";
        };
    }

    private static String words(RejectReason reason) {
        return switch (reason) {
            case SPAM -> "spam";
            case INSULT -> "insult";
            case OFF_TOPIC -> "off topic";
            case PERSONAL_DATA -> "personal data";
            case DUPLICATE -> "duplicate";
            case OTHER -> "other reason";
        };
    }

    // Only the flags' codes: the explanations can quote a blocked e-mail address, and a statement of reasons must
    // not carry personal data. The first-comment flag says nothing about the content, so it is no detection.
    private static List<String> flags(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray())
                .map(f -> f.contains(":") ? f.substring(0, f.indexOf(':')).strip() : f.strip())
                .filter(code -> !code.equals(CommentFlagger.FIRST_COMMENT)).distinct().toList();
    }

    private static void write(JsonGenerator g, StatementOfReasons s) {
        g.writeStartObject();
        g.writeStringProperty("puid", s.puid());
        g.writeNumberProperty("comment_id", s.commentId());
        array(g, "decision_visibility", s.decisionVisibility());
        g.writeStringProperty("decision_ground", s.decisionGround());
        g.writeStringProperty("incompatible_content_ground", s.incompatibleContentGround());
        g.writeStringProperty("incompatible_content_explanation", s.incompatibleContentExplanation());
        g.writeStringProperty("category", s.category());
        g.writeStringProperty("decision_facts", s.decisionFacts());
        array(g, "content_type", s.contentType());
        g.writeStringProperty("content_date", s.contentDate().toString());
        g.writeStringProperty("application_date", s.applicationDate().toString());
        g.writeStringProperty("automated_detection", s.automatedDetection());
        g.writeStringProperty("automated_decision", s.automatedDecision());
        g.writeStringProperty("source_type", s.sourceType());
        array(g, "territorial_scope", s.territorialScope());
        g.writeEndObject();
    }

    private static void array(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        values.forEach(g::writeString);
        g.writeEndArray();
    }

    // The caller owns the response stream; the generator only flushes it.
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
