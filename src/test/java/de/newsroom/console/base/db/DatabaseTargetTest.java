package de.newsroom.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    @Test
    void reads_host_port_database_and_user_and_never_keeps_a_password_from_the_query() {
        DatabaseTarget target = DatabaseTarget.parse(
                "jdbc:postgresql://db.example:6543/newsroom?user=redaktion&password=Geheim-123&sslmode=require", null);

        assertThat(target).isEqualTo(new DatabaseTarget("db.example", 6543, "newsroom", "redaktion"));
        assertThat(target.toString()).isEqualTo("db.example:6543/newsroom as user 'redaktion'")
                .doesNotContain("Geheim");
    }

    @Test
    void the_username_property_wins_over_the_user_in_the_url_and_defaults_fill_the_gaps() {
        assertThat(DatabaseTarget.parse("jdbc:postgresql://db/newsroom?user=other", "newsroom"))
                .isEqualTo(new DatabaseTarget("db", 5432, "newsroom", "newsroom"));
        assertThat(DatabaseTarget.parse("jdbc:postgresql:newsroom", "app"))
                .isEqualTo(new DatabaseTarget("localhost", 5432, "newsroom", "app"));
        assertThat(DatabaseTarget.parse("jdbc:postgresql://[::1]:5433/", "app"))
                .as("no database: pgjdbc uses the user's name").isEqualTo(new DatabaseTarget("::1", 5433, "app", "app"));
        assertThat(DatabaseTarget.parse("jdbc:postgresql://primary:5432,standby:5433/news%20room", "app"))
                .isEqualTo(new DatabaseTarget("primary", 5432, "news room", "app"));
    }

    @Test
    void user_info_in_the_authority_is_dropped_unread() {
        DatabaseTarget target = DatabaseTarget.parse("jdbc:postgresql://newsroom:Geheim-123@db:5432/newsroom", null);

        assertThat(target.host()).isEqualTo("db");
        assertThat(target.toString()).doesNotContain("Geheim");
    }

    @Test
    void redact_masks_password_parameters_and_the_known_password_and_keeps_one_line() {
        String message = "Failed for jdbc:postgresql://db/newsroom?user=x&password=Geheim-123&ssl=true\n"
                + "  sslpassword=Schluessel and the secret Wortlaut-999 again";

        String redacted = DatabaseTarget.redact(message, "Wortlaut-999");

        assertThat(redacted).doesNotContain("Geheim-123", "Schluessel", "Wortlaut-999", "\n")
                .contains("password=***&ssl=true", "sslpassword=***", "the secret *** again");
    }

    @Test
    void not_a_postgresql_url_gives_question_marks_instead_of_failing() {
        assertThat(DatabaseTarget.parse("jdbc:h2:mem:x", null))
                .isEqualTo(new DatabaseTarget("?", 5432, "?", "?"));
    }
}
