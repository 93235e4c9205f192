package de.newsroom.console.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.security.AccountChanges;
import de.newsroom.console.security.AccountException;
import de.newsroom.console.security.AccountField;
import de.newsroom.console.security.AccountService;
import de.newsroom.console.security.NewAccount;
import de.newsroom.console.security.Role;
import de.newsroom.console.security.UserSummary;
import java.util.EnumSet;
import java.util.Map;

/** Creates an account, or edits one: name, email, roles, a new password, enable/disable and unlock. */
class AccountDialog extends Dialog {

    private final transient AccountService accounts;
    private final transient Runnable onChange;
    private final UserSummary existing;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    private final Map<AccountField, HasValidation> fields;

    AccountDialog(AccountService accounts, UserSummary existing, Runnable onChange) {
        this.accounts = accounts;
        this.existing = existing;
        this.onChange = onChange;
        addClassName("account-dialog");
        setHeaderTitle(existing == null ? getTranslation("account.create")
                : getTranslation("account.edit", existing.username()));

        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(TextLimits.USERNAME);
        username.setId("account-username");
        displayName.setLabel(getTranslation("account.display_name"));
        displayName.setMaxLength(TextLimits.DISPLAY_NAME);
        displayName.setId("account-display-name");
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(TextLimits.EMAIL);
        email.setId("account-email");
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("account-roles");
        password.setLabel(getTranslation(existing == null ? "account.initial_password" : "account.new_password"));
        // Editing, an empty field keeps the password and Save sets a typed one (before, Save ignored it without a
        // word and only a separate "Neues Passwort setzen" set it).
        password.setHelperText(existing == null ? getTranslation("account.password.rules")
                : getTranslation("account.password.keep") + " " + getTranslation("account.password.rules"));
        password.setId("account-password");
        // Never the admin's own saved password filled in by the browser: Save sets whatever the field holds.
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        fields = Map.of(AccountField.USERNAME, username, AccountField.DISPLAY_NAME, displayName,
                AccountField.EMAIL, email, AccountField.ROLES, roles, AccountField.PASSWORD, password);

        var form = new FormLayout();
        form.addClassName("account-form");
        // Focus on the first field, not on the dialog: one can type at once.
        (existing == null ? username : displayName).setAutofocus(true);
        if (existing == null) {
            form.add(username, displayName, email, roles, password);
        } else {
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            roles.setValue(existing.roles());
            form.add(displayName, email, roles);
        }
        add(form);

        var save = new Button(getTranslation("account.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        // Enter in a text field saves, as in the other forms; Escape closes the dialog (Vaadin's default).
        save.addClickShortcut(Key.ENTER).listenOn(username, displayName, email, password);
        var cancel = new Button(getTranslation("account.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (existing != null) {
            addAccountActions();
        }
    }

    private void addAccountActions() {
        // Disabling ends the colleague's open sessions at once, so it asks first; enabling does not.
        var toggle = new Button(getTranslation(existing.enabled() ? "account.disable" : "account.enable"),
                e -> {
                    if (existing.enabled()) {
                        confirmDisable();
                    } else {
                        run(() -> accounts.setEnabled(existing.id(), true), "account.enabled.done");
                    }
                });
        toggle.setId("account-toggle");
        if (existing.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var unlock = new Button(getTranslation("account.unlock"),
                e -> run(() -> accounts.unlock(existing.id()), "account.unlocked"));
        unlock.setId("account-unlock");
        unlock.setEnabled(existing.lockedUntil() != null);
        password.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        var passwordRow = new FormLayout(password);
        passwordRow.addClassName("account-password-row");
        add(passwordRow);
        getFooter().addComponentAsFirst(unlock);
        getFooter().addComponentAsFirst(toggle);
    }

    void save() {
        clearErrors();
        try {
            if (existing == null) {
                accounts.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                        password.getValue()));
                Notifications.success(getTranslation("account.created"));
            } else {
                boolean newPassword = !password.getValue().isEmpty();
                if (newPassword) {
                    // First, so that a password the policy refuses changes nothing; cleared once set, so that a
                    // second Save after a refused name does not set it again.
                    accounts.resetPassword(existing.id(), password.getValue());
                    password.clear();
                }
                try {
                    accounts.update(existing.id(), new AccountChanges(displayName.getValue(), email.getValue(),
                            roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue())));
                } catch (AccountException e) {
                    if (newPassword) {
                        Notifications.success(getTranslation("account.password_reset"));
                    }
                    throw e;
                }
                Notifications.success(getTranslation(newPassword ? "account.saved.password" : "account.saved"));
            }
            onChange.run();
            close();
        } catch (AccountException e) {
            show(e);
        }
    }

    ConfirmDialog confirmDisable() {
        var dialog = new ConfirmDialog();
        dialog.setId("account-disable-confirm");
        dialog.setHeader(getTranslation("account.disable.title", existing.username()));
        dialog.setText(getTranslation("account.disable.text", existing.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("account.cancel"));
        dialog.setConfirmText(getTranslation("account.disable"));
        dialog.setConfirmButtonTheme("error primary");
        // The cursor waits on Cancel: an Enter out of habit locks nobody out (before, it was on "Deaktivieren").
        CancelFirst.apply(dialog);
        dialog.addConfirmListener(e -> run(() -> accounts.setEnabled(existing.id(), false), "account.disabled"));
        dialog.open();
        return dialog;
    }

    private void run(Runnable action, String doneKey) {
        clearErrors();
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            onChange.run();
            close();
        } catch (AccountException e) {
            show(e);
        }
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private void show(AccountException e) {
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        } else {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }
}
