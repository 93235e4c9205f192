package de.newsroom.console.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.security.AccountException;
import de.newsroom.console.security.AccountField;
import de.newsroom.console.security.PasswordPolicy;
import de.newsroom.console.security.UserService;
import de.newsroom.console.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** Every signed-in user's own settings: password and language. There is no role field, on purpose. */
@Route("profile")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    private final transient UserService users;
    private final transient PasswordPolicy policy;
    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Select<String> language = new Select<>();

    ProfileView(UserService users, PasswordPolicy policy) {
        this.users = users;
        this.policy = policy;
        addClassNames("view", "profile-view");
        UserSummary me = users.me().orElseThrow();
        add(new H1(getTranslation("account.profile.title")), new Paragraph(me.displayName() + " (" + me.username() + ")"));

        current.setLabel(getTranslation("account.current_password"));
        current.setId("profile-current");
        next.setLabel(getTranslation("account.new_password"));
        next.setHelperText(getTranslation("account.password.rules"));
        next.setId("profile-new");
        repeat.setLabel(getTranslation("account.repeat_password"));
        repeat.setId("profile-repeat");
        var change = new Button(getTranslation("account.change_password"), e -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("profile-change-password");
        var passwordForm = new FormLayout(current, next, repeat);
        passwordForm.addClassName("profile-form");
        add(new H2(getTranslation("account.change_password")), passwordForm, change);

        language.setLabel(getTranslation("layout.language"));
        language.setItems("en", "de");
        language.setItemLabelGenerator(tag -> "de".equals(tag) ? "Deutsch" : "English");
        language.setValue(me.locale() == null ? getLocale().getLanguage().equals("de") ? "de" : "en" : me.locale());
        language.setId("profile-language");
        var saveLanguage = new Button(getTranslation("account.save"), e -> saveLanguage());
        saveLanguage.setId("profile-save-language");
        add(new H2(getTranslation("layout.language")), language, saveLanguage);
    }

    void changePassword() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        // Every problem the form can see, at once: before, a short new password typed twice differently showed the
        // mismatch alone, and the length only after the mismatch was put right. The service checks again.
        policy.check(next.getValue()).ifPresent(problem -> {
            next.setErrorMessage(getTranslation(problem.messageKey()));
            next.setInvalid(true);
        });
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.password.mismatch"));
            repeat.setInvalid(true);
        }
        if (next.isInvalid() || repeat.isInvalid()) {
            return;
        }
        try {
            users.changeMyPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success(getTranslation("account.password_changed"));
        } catch (AccountException e) {
            PasswordField field = e.field() == AccountField.CURRENT_PASSWORD ? current : next;
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        }
    }

    void saveLanguage() {
        Locale locale = Locale.forLanguageTag(language.getValue());
        users.changeMyLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title") + " · " + getTranslation("app.title");
    }
}
