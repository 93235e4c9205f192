package de.newsroom.console.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.security.AccountService;
import de.newsroom.console.security.NewAccount;
import de.newsroom.console.security.Role;
import de.newsroom.console.security.UserSummary;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountViewsTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    private UserSummary newAccount(Role role) {
        String name = "view-" + UUID.randomUUID().toString().substring(0, 8);
        return SystemAuthentication.call(() -> accounts.create(
                new NewAccount(name, "View " + name, null, EnumSet.of(role), "A-good-password-2026")));
    }

    @Test
    void the_admin_sees_the_accounts_grid() {
        login("admin", "ADMIN");
        navigate("users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(4);
        assertThat(GridKt._get(grid, 0).username()).isNotBlank();
    }

    @Test
    void enter_on_a_focused_row_opens_the_account_for_editing() {
        UserSummary user = newAccount(Role.EDITOR);
        login("admin", "ADMIN");
        navigate("users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        String key = grid.getDataCommunicator().getKeyMapper().key(user);
        var data = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                .put("element.getEventContext(event).item?.key", key)
                // The server checks the listener's filter against the browser's result for it, sent as data.
                .put("event.key === 'Enter' && element.getEventContext(event).section === 'body' "
                        + "&& !!element.getEventContext(event).item", true);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(grid, "keydown", data);
        // Before, only a click or Space opened it; Enter left the admin in the grid.
        assertThat(_get(AccountDialog.class).displayName.getValue()).isEqualTo(user.displayName());
    }

    /**
     * On a phone the roles, "Aktiv" and "Gesperrt bis" columns give way; the line under the name says them. Before, a
     * phone showed only user name and display name: a disabled or locked colleague looked like any other.
     */
    @Test
    void on_phones_the_line_under_the_name_says_roles_disabled_and_locked() {
        UserSummary user = newAccount(Role.EDITOR);
        jdbc.update("update app_user set enabled = false, locked_until = now() + interval '1 hour' where id = ?",
                user.id());
        login("admin", "ADMIN");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        @SuppressWarnings("unchecked")
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<UserSummary>) grid.getColumnByKey("displayName")
                .getRenderer();
        UserSummary now = accounts.get(user.id());
        assertThat(renderer.getValueProviders().get("name").apply(now)).isEqualTo(user.displayName());
        assertThat((String) renderer.getValueProviders().get("line").apply(now))
                .startsWith("Redaktion · Deaktiviert · Gesperrt bis ");
        UserSummary fine = newAccount(Role.MODERATOR);
        assertThat(renderer.getValueProviders().get("line").apply(fine)).isEqualTo("Moderation");
    }

    @Test
    void creating_an_account_with_a_short_password_shows_a_field_message() {
        login("admin", "ADMIN");
        navigate("users");
        var dialog = new AccountDialog(accounts, null, () -> { });
        dialog.open();
        dialog.username.setValue("view-short-" + UUID.randomUUID().toString().substring(0, 6));
        dialog.displayName.setValue("Short Password");
        dialog.roles.setValue(java.util.Set.of(Role.EDITOR));
        dialog.password.setValue("too-short");
        dialog.save();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password needs at least 12 characters.");
    }

    @Test
    void disabling_an_account_asks_first_and_the_dialog_focuses_its_first_field() {
        UserSummary user = newAccount(Role.EDITOR);
        login("admin", "ADMIN");
        navigate("users");
        var dialog = new AccountDialog(accounts, accounts.get(user.id()), () -> { });
        dialog.open();
        assertThat(dialog.displayName.isAutofocus()).isTrue();
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("account-toggle")).click();
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("account-disable-confirm"));
        // The cursor waits on Cancel, not on the red "Deaktivieren": an Enter out of habit locks nobody out.
        assertThat(confirm.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        // Nothing happened yet: the account stays enabled until the admin confirms.
        assertThat(accounts.get(user.id()).enabled()).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(accounts.get(user.id()).enabled()).isFalse();
        assertThat(new AccountDialog(accounts, null, () -> { }).username.isAutofocus()).isTrue();
    }

    /**
     * Editing an account, a new password typed into its field is set by Save, and Enter in a field saves (before, Save
     * stored name, email and roles, said "Konto gespeichert." and dropped the typed password without a word; only a
     * separate "Neues Passwort setzen" set it, and Enter did nothing).
     */
    @Test
    void enter_saves_the_account_and_sets_a_new_password_typed_into_its_field() {
        UserSummary user = newAccount(Role.EDITOR);
        login("admin", "ADMIN");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("users");
        var dialog = new AccountDialog(accounts, accounts.get(user.id()), () -> { });
        dialog.open();
        assertThat(dialog.password.getHelperText()).startsWith("Leer lassen, um das Passwort zu behalten.");
        // The browser offers no saved password here (the admin's own would become the colleague's).
        assertThat(dialog.password.getAutocomplete())
                .isEqualTo(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        dialog.displayName.setValue("Neu Benannt");
        dialog.password.setValue("Ein-ganz-neues-Passwort-2026");
        NotificationsKt.clearNotifications();

        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(dialog.password,
                com.vaadin.flow.component.Key.ENTER);

        assertThat(accounts.get(user.id()).displayName()).isEqualTo("Neu Benannt");
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, user.id());
        assertThat(encoder.matches("Ein-ganz-neues-Passwort-2026", hash)).as("the typed password is set").isTrue();
        NotificationsKt.expectNotifications("Konto gespeichert und neues Passwort gesetzt. Teilen Sie es der Person "
                + "auf sicherem Weg mit.");
        assertThat(dialog.isOpened()).isFalse();
    }

    /** A new password the policy refuses changes nothing: the field says why, the name stays as it was. */
    @Test
    void a_refused_new_password_changes_nothing_else() {
        UserSummary user = newAccount(Role.EDITOR);
        login("admin", "ADMIN");
        navigate("users");
        var dialog = new AccountDialog(accounts, accounts.get(user.id()), () -> { });
        dialog.open();
        dialog.displayName.setValue("Nicht gespeichert");
        dialog.password.setValue("zu-kurz");

        dialog.save();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password needs at least 12 characters.");
        assertThat(accounts.get(user.id()).displayName()).isEqualTo(user.displayName());
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void enter_in_a_new_accounts_field_saves_and_names_what_is_missing() {
        login("admin", "ADMIN");
        navigate("users");
        var dialog = new AccountDialog(accounts, null, () -> { });
        dialog.open();
        dialog.username.setValue("view-enter-" + UUID.randomUUID().toString().substring(0, 6));

        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(dialog.username,
                com.vaadin.flow.component.Key.ENTER);

        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_profile_has_no_role_field_and_rejects_a_wrong_current_password() {
        login("editor", "EDITOR");
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(_find(com.vaadin.flow.component.checkbox.CheckboxGroup.class)).isEmpty();
        view.current.setValue("not-my-password");
        view.next.setValue("A-brand-new-password-1");
        view.repeat.setValue("A-brand-new-password-1");
        view.changePassword();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not correct.");
    }

    /** Enter in a password field changes the password, as Enter does in the login form (before: nothing happened). */
    @Test
    void enter_in_a_password_field_changes_the_password() {
        login("editor", "EDITOR");
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        view.current.setValue("not-my-password");
        view.next.setValue("A-brand-new-password-1");
        view.repeat.setValue("A-brand-new-password-1");
        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(view.repeat, com.vaadin.flow.component.Key.ENTER);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not correct.");
    }

    /** A short new password typed twice differently: both problems at once (before: the mismatch, then the length). */
    @Test
    void the_profile_names_every_problem_of_the_new_password_at_once_in_german() {
        login("editor", "EDITOR");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        view.current.setValue("Editor-Demo-2026");
        view.next.setValue("kurz");
        view.repeat.setValue("anders");
        view.changePassword();
        assertThat(view.next.isInvalid()).isTrue();
        assertThat(view.next.getErrorMessage()).contains("12");
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("Die beiden neuen Passwörter stimmen nicht überein.");
    }

    /**
     * The language applies as soon as it is chosen and the reloaded page confirms it (before: a "Speichern" of its
     * own under the choice, easy to miss, and no confirmation); "Sprache" is said once, by the section heading.
     */
    @Test
    void choosing_a_language_applies_it_and_confirms_and_sprache_is_said_once() {
        UserSummary user = newAccount(Role.EDITOR);
        login(user.username(), "EDITOR");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(view.language.getLabel()).isNull();
        assertThat(view.language.getAriaLabel()).contains("Sprache");
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText()).contains("Sprache");
        assertThat(_find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("profile-save-language"))).isEmpty();

        view.language.setValue("en");

        assertThat(SystemAuthentication.call(() -> accounts.get(user.id())).locale()).isEqualTo("en");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        // Karibu reloads the page as a browser would: a new UI, the profile again, in English, confirming.
        assertThat(_get(ProfileView.class)).isNotSameAs(view);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Language saved.");
        NotificationsKt.clearNotifications();
        navigate("");
        navigate("profile");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .as("confirmed once").doesNotContain("Language saved.");
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_navigation() {
        UserSummary user = newAccount(Role.EDITOR);
        login(user.username(), "EDITOR");
        navigate("profile");
        assertThat(_find(ProfileView.class)).hasSize(1);
        SystemAuthentication.run(() -> accounts.setEnabled(user.id(), false));
        navigate("");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(ProfileView.class)).isEmpty();
    }

    @Test
    void a_removed_role_takes_effect_at_the_next_navigation() {
        UserSummary user = newAccount(Role.ADMIN);
        login(user.username(), "ADMIN");
        navigate("users");
        assertThat(_find(UserListView.class)).hasSize(1);
        SystemAuthentication.run(() -> accounts.update(user.id(),
                new de.newsroom.console.security.AccountChanges(user.displayName(), null, EnumSet.of(Role.EDITOR))));
        navigate("users");
        assertThat(_find(UserListView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
