package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.commenter.CommenterService;
import de.newsroom.console.comment.commenter.TrustSettings;

/**
 * The automatic trust setting on the rules page (decision 14): on or off, and how many approved comments (and no
 * rejected or spam ones) approve a commenter's next unflagged comment on arrival.
 */
final class TrustSettingsForm extends Div {

    final Checkbox enabled = new Checkbox();
    final IntegerField minApproved = new IntegerField();
    final Button save = new Button();

    TrustSettingsForm(CommenterService commenters) {
        TrustSettings current = commenters.trustSettings();
        enabled.setLabel(getTranslation("comment.trust.enabled"));
        enabled.setValue(current.enabled());
        enabled.setId("settings-trust-enabled");
        minApproved.setLabel(getTranslation("comment.trust.min"));
        minApproved.setHelperText(getTranslation("comment.trust.min.help"));
        minApproved.setMin(TrustSettings.MIN);
        minApproved.setMax(TrustSettings.MAX);
        minApproved.setStepButtonsVisible(true);
        minApproved.setValue(current.minApproved());
        minApproved.setId("settings-trust-min");
        save.setText(getTranslation("comment.settings.save"));
        save.setId("settings-save-trust");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Integer value = minApproved.getValue();
            try {
                commenters.setTrustSettings(new TrustSettings(enabled.getValue(), value == null ? 0 : value));
                minApproved.setInvalid(false);
                Notifications.success(getTranslation(enabled.getValue() ? "comment.trust.saved.on"
                        : "comment.trust.saved.off", value));
            } catch (IllegalArgumentException ex) {
                minApproved.setInvalid(true);
                minApproved.setErrorMessage(getTranslation(ex.getMessage(), TrustSettings.MIN, TrustSettings.MAX));
            }
        });
        var form = new Div(enabled, minApproved, save);
        form.addClassName("settings-form");
        add(new H2(getTranslation("comment.trust.title")), new Paragraph(getTranslation("comment.trust.intro")), form);
    }
}
