package de.newsroom.console.security.ui;

import com.vaadin.flow.component.Key;
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
import com.vaadin.flow.server.VaadinSession;
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
    /** Session flag: the language was just changed, the reloaded profile confirms it. */
    static final String LANGUAGE_SAVED = ProfileView.class.getName() + ".languageSaved";

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
        // Enter in any of the three fields changes the password, as in the login form (before, Enter did nothing).
        change.addClickShortcut(Key.ENTER).listenOn(current, next, repeat);
        var passwordForm = new FormLayout(current, next, repeat);
        passwordForm.addClassName("profile-form");
        add(new H2(getTranslation("account.change_password")), passwordForm, change);

        // One "Sprache": the section's heading names the field (before, heading and label both said it), and the
        // choice applies as soon as it is made (before, a "Speichern" of its own under it was easy to miss).
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems("en", "de");
        language.setItemLabelGenerator(tag -> "de".equals(tag) ? "Deutsch" : "English");
        language.setValue(me.locale() == null ? getLocale().getLanguage().equals("de") ? "de" : "en" : me.locale());
        language.setId("profile-language");
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                saveLanguage();
            }
        });
        add(new H2(getTranslation("layout.language")), language);
        // The page reloads in the new language; the confirmation is shown by the reloaded page, in that language.
        if (Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(LANGUAGE_SAVED))) {
            VaadinSession.getCurrent().setAttribute(LANGUAGE_SAVED, null);
            Notifications.success(getTranslation("account.language.saved"));
        }
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
        try {
            users.changeMyLanguage(locale);
        } catch (AccountException e) {
            language.setErrorMessage(getTranslation(e.messageKey()));
            language.setInvalid(true);
            return;
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getSession().setAttribute(LANGUAGE_SAVED, Boolean.TRUE);
        ui.getPage().reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title") + " · " + getTranslation("app.title");
    }
}
