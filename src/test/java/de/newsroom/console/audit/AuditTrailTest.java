package de.newsroom.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        assertThat(csv).startsWith("id,occurred_at,actor,action,target_type,target_id,client_hash,detail\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"'+1\"", "\"'-2\"", "\"'@SUM(A1)\"",
                "\"plain, \"\"quoted\"\"\"");
        assertThat(csv).doesNotContain(",\"=", ",\"+", ",\"-2", ",\"@");
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
    void csv_cells_are_escaped_one_by_one() {
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(Csv.cell("a-b")).isEqualTo("\"a-b\"");
    }
}
