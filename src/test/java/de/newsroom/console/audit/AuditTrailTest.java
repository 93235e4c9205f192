package de.newsroom.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.base.log.LogSafe;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTest {

    @Autowired AuditTrail trail;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;

    private String write(String actor, String action, String detail) {
        String target = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                audit.recordAs(actor, action, "test", target, detail, null));
        return target;
    }

    @Test
    void the_audit_table_refuses_update_and_delete_even_for_its_owner() {
        String target = write("tester", "TEST_WRITTEN", "original");
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'forged' where target_id = ?", target))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where target_id = ?", target))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ?", String.class, target))
                .isEqualTo("original");
    }

    @Test
    void writing_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> audit.recordAs("tester", "TEST", null, null, null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
    void admins_filter_by_actor_action_and_target() {
        String actor = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        write(actor, "TEST_ONE", "first");
        String second = write(actor, "TEST_TWO", "second");
        assertThat(trail.find(new AuditFilter(actor, null, null, null, null, null), 0, 50))
                .extracting(AuditEntry::detail).containsExactly("second", "first");
        assertThat(trail.find(new AuditFilter(actor, "TEST_ONE", null, null, null, null), 0, 50))
                .extracting(AuditEntry::detail).containsExactly("first");
        assertThat(trail.find(new AuditFilter(null, null, "test", second, null, null), 0, 50))
                .extracting(AuditEntry::actor).containsExactly(actor);
        var newest = trail.find(new AuditFilter(actor, null, null, null, null, null), 0, 1).getFirst();
        assertThat(trail.find(new AuditFilter(actor, null, null, null, null, newest.occurredAt()), 0, 50))
                .extracting(AuditEntry::detail).doesNotContain("second");
        assertThat(trail.find(AuditFilter.ANY, AuditTrail.MAX_OFFSET, 50)).isEmpty();
    }

    /**
     * Found in the moderator's first-day sweep: the log's "Wer" said "moderator" where the console says "Mona
     * Moderatorin". Entries carry the display name, asked of the accounts feature once per page, and the filter by who
     * acted accepts it too.
     */
    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
    void entries_carry_their_actors_display_name_and_the_filter_accepts_it() {
        String action = "TEST_NAMES_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String displayName = jdbc.queryForObject("select display_name from app_user where username = 'moderator'",
                String.class);
        assertThat(displayName).isNotEqualTo("moderator");
        for (int i = 0; i < 30; i++) {
            write(i % 3 == 0 ? "moderator" : i % 3 == 1 ? "editor" : "deleted-account", action, "n" + i);
        }

        var counted = StatementCounter.count(() -> trail.find(new AuditFilter(null, action, null, null, null, null),
                0, 50));
        assertThat(counted.result()).hasSize(30);
        assertThat(counted.count()).as("the page and one look-up of names, not one per row").isEqualTo(2);
        var byActor = new java.util.HashMap<String, String>();
        counted.result().forEach(e -> byActor.put(e.actor(), e.actorName()));
        assertThat(byActor).containsEntry("moderator", displayName)
                .containsEntry("editor", jdbc.queryForObject(
                        "select display_name from app_user where username = 'editor'", String.class))
                .containsEntry("deleted-account", null);

        // "Wer" by a part of the name the grid shows, by the username (any case), and by a stored actor without
        // an account.
        String part = displayName.split(" ")[displayName.split(" ").length - 1].toLowerCase();
        assertThat(trail.find(new AuditFilter(part, action, null, null, null, null), 0, 50))
                .extracting(AuditEntry::actor).hasSize(10).containsOnly("moderator");
        assertThat(trail.find(new AuditFilter(" Moderator ", action, null, null, null, null), 0, 50))
                .extracting(AuditEntry::actor).containsOnly("moderator");
        assertThat(trail.find(new AuditFilter("deleted-account", action, null, null, null, null), 0, 50))
                .hasSize(10);
        var out = new ByteArrayOutputStream();
        assertThat(trail.exportCsv(new AuditFilter(part, action, null, null, null, null), out)).isEqualTo(10);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
    void the_csv_export_escapes_formulas_and_quotes() {
        String actor = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        write(actor, "TEST_CSV", "=HYPERLINK(\"http://evil\")");
        write(actor, "TEST_CSV", "+1");
        write(actor, "TEST_CSV", "-2");
        write(actor, "TEST_CSV", "@SUM(A1)");
        write(actor, "TEST_CSV", "\tTab");
        write(actor, "TEST_CSV", "plain, \"quoted\"");
        var out = new ByteArrayOutputStream();
        int rows = trail.exportCsv(new AuditFilter(actor, null, null, null, null, null), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(6);
        assertThat(csv).startsWith(
                "id,occurred_at,actor,actor_name,action,target_type,target_id,client_hash,detail\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"'+1\"", "\"'-2\"", "\"'@SUM(A1)\"",
                "\"plain, \"\"quoted\"\"\"");
        assertThat(csv).doesNotContain(",\"=", ",\"+", ",\"-2", ",\"@");
    }

    /**
     * The admin's first-hour sweep: the view names people by display name ("Mona Moderatorin"), the CSV gave only
     * "moderator", so a spreadsheet of the log did not match the screen. The CSV keeps the username and adds the
     * display name beside it, formula-escaped like every cell, empty for an actor without an account.
     */
    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "MODERATOR"})
    void the_csv_export_names_each_actor_by_display_name_beside_the_username() {
        String action = "TEST_CSV_NAMES_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String formulaUser = "csvname-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into app_user (username, display_name, password_hash) values (?, ?, 'x')", formulaUser,
                "=Formel Ärger");
        String displayName = jdbc.queryForObject("select display_name from app_user where username = 'moderator'",
                String.class);
        write("moderator", action, "by moderator");
        write("deleted-account", action, "by nobody");
        write(formulaUser, action, "by formula");

        var out = new ByteArrayOutputStream();
        assertThat(trail.exportCsv(new AuditFilter(null, action, null, null, null, null), out)).isEqualTo(3);
        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo(
                "id,occurred_at,actor,actor_name,action,target_type,target_id,client_hash,detail");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",\"" + formulaUser + "\",\"'=Formel Ärger\",\"" + action + "\",");
        assertThat(lines.get(2)).contains(",\"deleted-account\",,\"" + action + "\",");
        assertThat(lines.get(3)).contains(",\"moderator\",\"" + displayName + "\",\"" + action + "\",");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_read_the_audit_log() {
        assertThatThrownBy(() -> trail.find(AuditFilter.ANY, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.exportCsv(AuditFilter.ANY, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void logout_invalidates_the_session_and_is_audited() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/logout").session(session).with(csrf()).with(user("moderator").roles("MODERATOR")));
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'moderator' order by id desc limit 1",
                String.class)).containsExactly("LOGOUT");
    }

    @Test
    @WithMockUser(username = "many\nforged line by a name far longer than the fifty characters of the actor column")
    void many_events_go_in_one_statement_each_encoded_and_cut_like_a_single_one() {
        String type = "many-" + UUID.randomUUID().toString().substring(0, 8);
        String detail = "bulk\r\nforged: " + "ä".repeat(600);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            targets.add(i + (i % 2 == 0 ? "\nforged" : "") + (i % 3 == 0 ? "x".repeat(100) : ""));
        }
        var tx = new TransactionTemplate(transactions);
        var counted = tx.execute(s -> StatementCounter.count(() -> audit.recordMany("TEST_MANY", type, targets,
                detail)));
        assertThat(counted.count()).as(String.join("\n", counted.statements())).isEqualTo(1);
        // The single-row method's encoding and cuts, row by row, as the reference.
        tx.executeWithoutResult(s -> {
            audit.record("TEST_ONE", type + "-1", targets.get(0), detail);
            audit.record("TEST_ONE", type + "-1", targets.get(1), detail);
        });

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor, target_id, detail from audit_event where target_type = ? order by id", type);
        List<Map<String, Object>> single = jdbc.queryForList(
                "select actor, target_id, detail from audit_event where target_type = ? order by id", type + "-1");
        assertThat(rows).hasSize(1000);
        assertThat(rows.subList(0, 2)).isEqualTo(single);
        assertThat(rows).allSatisfy(row -> {
            assertThat((String) row.get("actor")).startsWith("many\\nforged").hasSize(50).doesNotContain("\n");
            assertThat((String) row.get("detail")).startsWith("bulk\\r\\nforged").hasSize(500).endsWith("…");
            assertThat((String) row.get("target_id")).doesNotContain("\n").hasSizeLessThanOrEqualTo(64);
        });
        assertThat(rows).extracting(row -> row.get("target_id"))
                .containsExactlyElementsOf(targets.stream().map(t -> LogSafe.encode(t, 64)).toList());
        tx.executeWithoutResult(s -> assertThat(StatementCounter.count(() -> audit.recordMany("TEST_MANY", type,
                List.of(), detail)).count()).as("nothing to record, no statement").isZero());
    }

    @Test
    void csv_cells_are_escaped_one_by_one() {
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(Csv.cell("a-b")).isEqualTo("\"a-b\"");
    }
}
