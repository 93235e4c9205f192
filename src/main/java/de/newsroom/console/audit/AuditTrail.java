package de.newsroom.console.audit;

import de.newsroom.console.base.domain.AccountNames;
import de.newsroom.console.base.domain.AdminOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for admins: filtered pages (newest first, offset capped so a deep page never scans the whole
 * table) and a CSV export safe to open in a spreadsheet.
 */
@Service
public class AuditTrail {

    /** Pages further back than this are not served; narrow the filter instead. */
    public static final int MAX_OFFSET = 10_000;
    /** The most rows one CSV export holds. */
    public static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final AccountNames accounts;

    AuditTrail(JdbcTemplate jdbc, AccountNames accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * A page of matching entries, newest first, each with its actor's display name (one more statement per page,
     * asked of the accounts feature); empty beyond {@link #MAX_OFFSET}. The filter's actor matches the username or
     * any part of the display name.
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || offset >= MAX_OFFSET || limit <= 0) {
            return List.of();
        }
        int size = Math.min(limit, Math.min(500, MAX_OFFSET - offset));
        AuditFilter f = filter == null ? AuditFilter.ANY : filter;
        Query q = where(f, actors(f), null);
        q.args.add(size);
        q.args.add(offset);
        List<AuditEntry> page = jdbc.query(SELECT + q.sql + " order by occurred_at desc, id desc limit ? offset ?",
                AuditTrail::row, q.args.toArray());
        return named(page);
    }

    private List<AuditEntry> named(List<AuditEntry> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<String, String> names = accounts.displayNames(page.stream().map(AuditEntry::actor)
                .filter(Objects::nonNull).distinct().toList());
        return page.stream().map(e -> e.actor() == null ? e
                : e.withActorName(names.get(e.actor().toLowerCase(Locale.ROOT)))).toList();
    }

    /** The action names that occur in the log, for the filter's choices. */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_event order by action limit 200", String.class);
    }

    /**
     * Writes the matching entries (at most {@link #MAX_EXPORT}, newest first) as UTF-8 CSV: the stored username in
     * {@code actor} and, beside it, the display name the audit view shows in {@code actor_name} (empty when there is
     * no such account; one look-up of names per batch of rows). Cells that a spreadsheet would run as a formula are
     * prefixed with a single quote.
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public int exportCsv(AuditFilter filter, OutputStream out) {
        AuditFilter f = filter == null ? AuditFilter.ANY : filter;
        List<String> actors = actors(f);
        try {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("id,occurred_at,actor,actor_name,action,target_type,target_id,client_hash,detail\r\n");
            int written = 0;
            AuditEntry last = null;
            while (written < MAX_EXPORT) {
                Query q = where(f, actors, last);
                q.args.add(Math.min(EXPORT_BATCH, MAX_EXPORT - written));
                List<AuditEntry> batch = jdbc.query(SELECT + q.sql + " order by occurred_at desc, id desc limit ?",
                        AuditTrail::row, q.args.toArray());
                for (AuditEntry e : named(batch)) {
                    w.write(String.join(",", String.valueOf(e.id()), e.occurredAt().toString(), Csv.cell(e.actor()),
                            Csv.cell(e.actorName()), Csv.cell(e.action()), Csv.cell(e.targetType()), Csv.cell(e.targetId()),
                            Csv.cell(e.clientHash()), Csv.cell(e.detail())));
                    w.write("\r\n");
                }
                written += batch.size();
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
                last = batch.getLast();
            }
            w.flush();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String SELECT =
            "select id, occurred_at, actor, action, target_type, target_id, client_hash, detail from audit_event where true";

    private record Query(String sql, List<Object> args) {
    }

    /**
     * The stored actors the filter's "who" stands for: the typed text as it is (a deleted account, {@code unknown})
     * and the usernames of the accounts it names; empty for any actor.
     */
    private List<String> actors(AuditFilter f) {
        if (!present(f.actor())) {
            return List.of();
        }
        List<String> actors = new ArrayList<>();
        actors.add(f.actor().strip());
        actors.addAll(accounts.usernamesFor(f.actor()));
        return actors.stream().distinct().toList();
    }

    private static Query where(AuditFilter f, List<String> actors, AuditEntry after) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (!actors.isEmpty()) {
            sql.append(" and actor = any(?)");
            args.add(actors.toArray(String[]::new));
        }
        if (present(f.action())) {
            sql.append(" and action = ?");
            args.add(f.action().strip());
        }
        if (present(f.targetType())) {
            sql.append(" and target_type = ?");
            args.add(f.targetType().strip());
        }
        if (present(f.targetId())) {
            sql.append(" and target_id = ?");
            args.add(f.targetId().strip());
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        if (after != null) {
            sql.append(" and (occurred_at, id) < (?, ?)");
            args.add(Timestamp.from(after.occurredAt()));
            args.add(after.id());
        }
        return new Query(sql.toString(), args);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static AuditEntry row(ResultSet rs, int i) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
