package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.surge.SurgeGuard;
import de.newsroom.console.comment.surge.SurgePolicy;
import de.newsroom.console.comment.surge.SurgeSettings;
import de.newsroom.console.comment.surge.SurgeSettingsService;
import java.util.Map;

/** The surge guard's settings on the rules page (admins): thresholds, lifting, policy; with the current state. */
final class SurgeSettingsForm extends Div {

    private final transient SurgeSettingsService service;
    final Checkbox enabled = new Checkbox();
    final IntegerField pending = field("pending", 1, SurgeSettings.PENDING_MAX);
    final IntegerField oldest = field("oldest", 0, SurgeSettings.MINUTES_MAX);
    final IntegerField idle = field("idle", 0, SurgeSettings.MINUTES_MAX);
    final IntegerField liftPercent = field("liftPercent", 10, 100);
    final IntegerField liftMinutes = field("liftMinutes", 0, SurgeSettings.LIFT_MINUTES_MAX);
    final Select<SurgePolicy> policy = new Select<>();
    final IntegerField hotArticles = field("hotArticles", 1, SurgeSettings.HOT_ARTICLES_MAX);
    final IntegerField hotWindow = field("hotWindow", 1, SurgeSettings.LIFT_MINUTES_MAX);
    final Button save = new Button();
    final SurgeBanner banner;

    SurgeSettingsForm(SurgeSettingsService service, SurgeGuard guard, NewsroomZone zone) {
        this.service = service;
        setId("surge-settings");
        banner = new SurgeBanner(guard, zone);
        enabled.setLabel(getTranslation("comment.surge.enabled"));
        enabled.setId("surge-enabled");
        policy.setLabel(getTranslation("comment.surge.policy"));
        policy.setItems(SurgePolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("comment.surge.option." + p.name()));
        policy.setId("surge-policy");
        policy.addValueChangeListener(e -> showHot());
        save.setText(getTranslation("comment.settings.save"));
        save.setId("surge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var form = new Div(enabled, pending, oldest, idle, liftPercent, liftMinutes, policy, hotArticles, hotWindow,
                save);
        form.addClassName("settings-form");
        add(new H2(getTranslation("comment.surge.settings")), new Paragraph(getTranslation("comment.surge.settings.intro")),
                banner, form);
        load(service.settings());
    }

    private IntegerField field(String name, int min, int max) {
        var field = new IntegerField(getTranslation("comment.surge." + name));
        field.setMin(min);
        field.setMax(max);
        field.setId("surge-" + name);
        return field;
    }

    private void load(SurgeSettings s) {
        enabled.setValue(s.enabled());
        pending.setValue(s.pending());
        oldest.setValue(s.oldestMinutes());
        idle.setValue(s.idleMinutes());
        liftPercent.setValue(s.liftPercent());
        liftMinutes.setValue(s.liftMinutes());
        policy.setValue(s.policy());
        hotArticles.setValue(s.hotArticles());
        hotWindow.setValue(s.hotWindowMinutes());
        showHot();
    }

    /** Short options (they fit a phone's width); what the chosen one does stands under the field. */
    private void showHot() {
        policy.setHelperText(policy.getValue() == null ? null
                : getTranslation("comment.surge.help." + policy.getValue().name()));
        boolean hot = policy.getValue() == SurgePolicy.CLOSE_HOT_ARTICLES;
        hotArticles.setVisible(hot);
        hotWindow.setVisible(hot);
    }

    void save() {
        Map<String, IntegerField> fields = Map.of("pending", pending, "oldestMinutes", oldest, "idleMinutes", idle,
                "liftPercent", liftPercent, "liftMinutes", liftMinutes, "hotArticles", hotArticles,
                "hotWindowMinutes", hotWindow);
        fields.values().forEach(f -> f.setInvalid(false));
        var settings = new SurgeSettings(enabled.getValue(), value(pending), value(oldest), value(idle),
                value(liftPercent), value(liftMinutes), policy.getValue(), value(hotArticles), value(hotWindow));
        try {
            service.save(settings);
            Notifications.success(getTranslation("comment.surge.saved"));
        } catch (IllegalArgumentException ex) {
            IntegerField field = fields.get(ex.getMessage());
            if (field == null) {
                throw ex;
            }
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("comment.surge.error.range", (int) field.getMin(),
                    (int) field.getMax()));
        }
    }

    /** An empty or unparsable field counts as out of range (-1), so the service names it. */
    private static int value(IntegerField field) {
        Integer v = field.getValue();
        return v == null ? -1 : v;
    }
}
