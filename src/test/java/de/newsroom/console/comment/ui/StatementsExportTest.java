package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.KaribuTest;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementsExportTest extends KaribuTest {

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @Test
    void an_admin_gets_json_and_csv_links_for_last_month_until_today_and_a_reversed_range_disables_them() {
        login("admin", "ADMIN");
        navigate("moderation/settings");
        StatementsExport export = _get(ModerationSettingsView.class).statements;

        assertThat(export.from.getValue()).isBefore(export.to.getValue());
        assertThat(export.json.isEnabled()).isTrue();
        assertThat(export.csv.isEnabled()).isTrue();
        assertThat(export.json.getHref()).isNotBlank();

        export.to.setValue(export.from.getValue().minusDays(1));
        assertThat(export.to.isInvalid()).isTrue();
        assertThat(export.json.isEnabled()).isFalse();
        assertThat(export.csv.isEnabled()).isFalse();

        export.to.setValue(LocalDate.from(export.from.getValue()));
        assertThat(export.json.isEnabled()).isTrue();
    }

    @Test
    void the_section_speaks_german_to_a_german_admin() {
        login("admin", "ADMIN");
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("moderation/settings");
        StatementsExport export = _get(ModerationSettingsView.class).statements;
        assertThat(export.json.getText()).isEqualTo("JSON herunterladen");
        assertThat(export.from.getLabel()).isEqualTo("Entschieden ab");
    }
}
