package de.newsroom.console.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.audit.AuditLog;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditViewTest extends KaribuTest {

    @Autowired AuditLog audit;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
    }

    @Test
    void actions_and_targets_read_as_words_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);

        assertThat(view.actionLabel("LOGIN_SUCCESS")).isEqualTo("Angemeldet");
        assertThat(view.actionLabel("CATEGORY_CREATED")).isEqualTo("Rubrik angelegt");
        assertThat(view.actionLabel("COMMENT_APPROVED")).isEqualTo("Kommentar freigegeben");
        // A code without a text yet is shown as stored rather than as a translation key.
        assertThat(view.actionLabel("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void on_phones_the_action_says_who_did_it_and_what_it_concerns() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        var now = java.time.Instant.now();

        assertThat(view.phoneLine(new de.newsroom.console.audit.AuditEntry(1, now, "erik", "ARTICLE_PUBLISHED",
                "article", "42", null, null))).isEqualTo("erik · Artikel 42");
        assertThat(view.phoneLine(new de.newsroom.console.audit.AuditEntry(2, now, "admin", "LOGIN_SUCCESS", null,
                null, null, null))).isEqualTo("admin");
        assertThat(view.phoneLine(new de.newsroom.console.audit.AuditEntry(3, now, null, "LOGIN_FAILURE", "user",
                "mallory", null, null))).isEqualTo("Konto mallory");
        // The console itself (scheduler, surge guard, trash clean-up) in words, not as the bare English "system".
        var scheduled = new de.newsroom.console.audit.AuditEntry(4, now, "system", "ARTICLE_PUBLISHED", "article",
                "7", null, null);
        assertThat(view.actorLabel(scheduled)).isEqualTo("System (automatisch)");
        assertThat(view.phoneLine(scheduled)).isEqualTo("System (automatisch) · Artikel 7");
        assertThat(view.actorLabel(new de.newsroom.console.audit.AuditEntry(5, now, "erik", "LOGIN_SUCCESS", null,
                null, null, null))).isEqualTo("erik");
    }

    @Test
    void stored_codes_in_details_read_as_words_and_a_note_stays_as_written() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);

        assertThat(view.detailLabel("PENDING → REJECTED (bulk); reason OFF_TOPIC; note: PENDING bleibt PENDING"))
                .isEqualTo("Offen → Abgelehnt (Sammelentscheidung); Grund Thema verfehlt; Notiz: PENDING bleibt PENDING");
        assertThat(view.detailLabel("DRAFT -> PUBLISHED")).isEqualTo("Entwurf → Veröffentlicht");
        assertThat(view.detailLabel("title,lead")).isEqualTo("title,lead");
        assertThat(view.detailLabel(null)).isEmpty();
    }

    /**
     * The admin's first-hour sweep: adding an editor wrote "roles EDITOR" into the German log, and a moderator's
     * block "client 4dda355c93 until 2026-12-12T10:30:18.436197Z; reason: …", its lifting "SUSPEND; reason: …".
     */
    @Test
    void account_and_commenter_details_read_as_words_and_the_reason_stays_as_written() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        var now = java.time.Instant.now();
        java.util.function.BiFunction<String, String, String> detail = (action, text) -> view.entryDetail(
                new de.newsroom.console.audit.AuditEntry(1, now, "admin", action, "user", "x", null, text));

        assertThat(detail.apply("ACCOUNT_CREATED", "roles EDITOR")).isEqualTo("Rollen: Redaktion");
        assertThat(detail.apply("ACCOUNT_CREATED", "roles ")).isEqualTo("Rollen: –");
        assertThat(detail.apply("ROLES_CHANGED", "EDITOR -> EDITOR,MODERATOR"))
                .isEqualTo("Redaktion → Redaktion, Moderation");
        assertThat(detail.apply("ACCOUNT_UPDATED", "displayName email")).isEqualTo("Anzeigename, E-Mail");
        assertThat(detail.apply("COMMENTER_SUSPEND",
                "client 4dda355c93 until 2026-12-12T10:30:18.436197Z; reason: SUSPEND bleibt; reason: SPAM"))
                .isEqualTo("IP-Kennung 4dda355c93 bis 12.12.2026, 11:30:18; Grund: SUSPEND bleibt; reason: SPAM");
        assertThat(detail.apply("COMMENTER_BAN", "e-mail troll@example.org, client 4dda355c93; reason: Hetze"))
                .isEqualTo("E-Mail troll@example.org, IP-Kennung 4dda355c93; Grund: Hetze");
        assertThat(detail.apply("COMMENTER_ACTION_LIFTED", "SUSPEND; reason: Versehen"))
                .isEqualTo("Kommentierende Person vorübergehend gesperrt; Grund: Versehen");
        assertThat(detail.apply("COMMENTER_ACTION_LIFTED", "replaced by BAN"))
                .isEqualTo("ersetzt durch: Kommentierende Person dauerhaft gesperrt");
        assertThat(detail.apply("ARTICLE_SCHEDULED", "IN_REVIEW -> SCHEDULED at 2026-12-06T13:22:07.552231289Z"))
                .isEqualTo("In Prüfung → Geplant für 06.12.2026, 14:22:07");
        // Unknown shapes stay as stored, the comment decisions as before.
        assertThat(detail.apply("ACCOUNT_CREATED", "something else")).isEqualTo("something else");
        assertThat(detail.apply("COMMENT_APPROVED", "PENDING → APPROVED")).isEqualTo("Offen → Freigegeben");
    }

    /**
     * After the account and commenter entries, the rest of the log still read English or codes in German: the
     * editor's "from version 3", "media 1", "title,lead", "revision 17", "reply to 42", the settings, blocked words,
     * the DSA export and the surge guard. What a person typed (a blocked word, a slug) stays as written.
     */
    @Test
    void editor_settings_rules_export_and_surge_details_read_as_words() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        var now = java.time.Instant.now();
        java.util.function.BiFunction<String, String, String> detail = (action, text) -> view.entryDetail(
                new de.newsroom.console.audit.AuditEntry(1, now, "admin", action, "article", "7", null, text));

        assertThat(detail.apply("ARTICLE_SAVED", "title,lead")).isEqualTo("Titel, Vorspann");
        assertThat(detail.apply("ARTICLE_CORRECTED", "body")).isEqualTo("Text (Markdown)");
        assertThat(detail.apply("ARTICLE_NEXT_VERSION_CONFLICT", "title,bylines")).isEqualTo("Titel, Autorenzeile");
        assertThat(detail.apply("ARTICLE_NEXT_VERSION_STARTED", "from version 3"))
                .isEqualTo("auf Grundlage von Version 3");
        assertThat(detail.apply("ARTICLE_NEXT_VERSION_REBASED", "on version 4")).isEqualTo("auf Version 4");
        assertThat(detail.apply("ARTICLE_NEXT_VERSION_PUBLISHED", "as version 5")).isEqualTo("als Version 5");
        assertThat(detail.apply("ARTICLE_RESTORED", "revision 17")).isEqualTo("Versionseintrag Nr. 17");
        assertThat(detail.apply("ARTICLE_FEATURED_IMAGE", "media 1")).isEqualTo("Bild 1");
        assertThat(detail.apply("ARTICLE_FEATURED_IMAGE", "-")).isEqualTo("entfernt");
        assertThat(detail.apply("ARTICLE_PUBLISHED", "scheduled, published late"))
                .isEqualTo("geplant, verspätet veröffentlicht");
        assertThat(detail.apply("ARTICLE_SLUG_CHANGED", "alt-title -> neu")).isEqualTo("alt-title → neu");
        assertThat(detail.apply("ARTICLE_DELETED", "Tor; revisions=3; comment.trash.dependents=2"))
                .isEqualTo("Tor; 3 Versionen; 2 Kommentare");
        assertThat(detail.apply("ARTICLE_DELETED", "retention 30d; Tor; revisions=1"))
                .isEqualTo("Aufbewahrungsfrist 30 Tage; Tor; 1 Version");
        assertThat(detail.apply("COMMENT_NEWSROOM_REPLY", "reply to 42")).isEqualTo("Antwort auf Kommentar 42");
        assertThat(detail.apply("COMMENT_DSA_EXPORT", "7 statements of reasons, decisions from "
                + "2026-12-01T00:00:00Z to 2026-12-05T00:00:00Z"))
                .isEqualTo("7 Begründungen, Entscheidungen von 01.12.2026, 01:00:00 bis 05.12.2026, 01:00:00");
        // The blocked word and its exceptions are what the admin typed, "whole word" is not.
        assertThat(detail.apply("COMMENT_RULE_ADDED", "part of word (whole word); except Idiotie, x"))
                .isEqualTo("part of word (ganzes Wort); Ausnahmen: Idiotie, x");
        assertThat(detail.apply("COMMENT_RULE_ADDED", "Depp (part of word)")).isEqualTo("Depp (auch in Wörtern)");
        assertThat(detail.apply("COMMENT_BLOCK_ADDED", "EMAIL EMAIL@example.org"))
                .isEqualTo("E-Mail EMAIL@example.org");
        assertThat(detail.apply("COMMENT_BLOCK_ADDED", "CLIENT_HASH 4dda355c93")).isEqualTo("IP-Kennung 4dda355c93");
        assertThat(detail.apply("COMMENT_TRUST_SETTING", "off, 3 → on, 5"))
                .isEqualTo("ausgeschaltet, 3 freigegebene Kommentare nötig → eingeschaltet, 5 freigegebene "
                        + "Kommentare nötig");
        assertThat(detail.apply("COMMENT_SURGE_SETTINGS", "off, pending 100, oldest 30 min, idle 0 min, lift below "
                + "50 % for 10 min, HOLD_ALL → on, pending 80, oldest 30 min, idle 0 min, lift below 50 % for 10 min, "
                + "CLOSE_HOT_ARTICLES (top 3 of the last 15 min)"))
                // Only what changed.
                .isEqualTo("ausgeschaltet → eingeschaltet; ab 100 wartenden Kommentaren → ab 80 wartenden "
                        + "Kommentaren; Neue Kommentare zurückhalten → Meistkommentierte Artikel schließen (3 der "
                        + "letzten 15 Min.)");
        assertThat(detail.apply("COMMENT_SURGE_ON", "PENDING 120 reached threshold 100 (pending 120); policy "
                + "CLOSE_HOT_ARTICLES; closed wahl-2026, sturm"))
                .isEqualTo("120 wartende Kommentare (Schwelle 100); Maßnahme: Meistkommentierte Artikel schließen; "
                        + "geschlossen: wahl-2026, sturm");
        assertThat(detail.apply("COMMENT_SURGE_OFF", "below 50 % of every threshold for 10 min (pending 3, oldest "
                + "2 min); policy HOLD_ALL since 2026-12-05T09:00:00Z; reopened sturm"))
                .isEqualTo("10 Min. unter 50 % jedes Schwellenwerts (3 wartend, ältester seit 2 Min.); Maßnahme: "
                        + "Neue Kommentare zurückhalten seit 05.12.2026, 10:00:00; wieder geöffnet: sturm");
        assertThat(detail.apply("COMMENT_SURGE_OFF", "guard disabled; policy STRICTER_RULES since "
                + "2026-12-05T09:00:00Z")).isEqualTo("Ansturm-Schutz ausgeschaltet; Maßnahme: Strengere Regeln seit "
                + "05.12.2026, 10:00:00");
        assertThat(detail.apply("COMMENT_SURGE_CLOSED", "closed sturm (at least half the busiest article's comments "
                + "at the switch in the window); policy CLOSE_HOT_ARTICLES since 2026-12-05T09:00:00Z"))
                .isEqualTo("geschlossen: sturm (mindestens halb so viele Kommentare wie der meistkommentierte Artikel "
                        + "beim Einschalten); Maßnahme: Meistkommentierte Artikel schließen seit 05.12.2026, 10:00:00");
        // A setting is named, not given by its stored key ("Einstellung surge_guard").
        assertThat(view.phoneLine(new de.newsroom.console.audit.AuditEntry(2, now, "system", "COMMENT_SURGE_ON",
                "setting", "surge_guard", null, null))).isEqualTo("System (automatisch) · Einstellung Ansturm-Schutz");
        // A failed login with a username no account has: "Unbekannt", not the stored "unknown".
        assertThat(view.actorLabel(new de.newsroom.console.audit.AuditEntry(3, now, "unknown", "LOGIN_FAILURE",
                "user", null, null, "unknown user: mallory"))).isEqualTo("Unbekannt");
        // A shape this version does not know stays as stored.
        assertThat(detail.apply("ARTICLE_SAVED", "title,headline")).isEqualTo("title,headline");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(detail.apply("ARTICLE_SAVED", "title,lead")).isEqualTo("Title, Lead");
        assertThat(detail.apply("ARTICLE_NEXT_VERSION_STARTED", "from version 3")).isEqualTo("based on version 3");
        assertThat(detail.apply("COMMENT_NEWSROOM_REPLY", "reply to 42")).isEqualTo("reply to comment 42");
        assertThat(detail.apply("COMMENT_RULE_ADDED", "Depp (part of word)")).isEqualTo("Depp (also inside words)");
    }

    /** The login guard's, the category tree's and the keywords' details, also written in English and codes. */
    @Test
    void login_category_keyword_and_language_details_read_as_words() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        var now = java.time.Instant.now();
        java.util.function.BiFunction<String, String, String> detail = (action, text) -> view.entryDetail(
                new de.newsroom.console.audit.AuditEntry(1, now, "admin", action, "user", "x", null, text));

        assertThat(detail.apply("LOGIN_FAILURE", "bad credentials")).isEqualTo("falsches Passwort");
        assertThat(detail.apply("LOGIN_FAILURE", "disabled")).isEqualTo("Konto deaktiviert");
        // What was typed as the username stays as typed.
        assertThat(detail.apply("LOGIN_FAILURE", "unknown user: locked")).isEqualTo("unbekannter Benutzername: locked");
        assertThat(detail.apply("ACCOUNT_LOCKED", "locked until 2026-12-05T09:15:00Z"))
                .isEqualTo("bis 05.12.2026, 10:15:00");
        assertThat(detail.apply("CLIENT_BLOCKED", "20 failed logins in 10 minutes"))
                .isEqualTo("20 fehlgeschlagene Anmeldungen in 10 Minuten");
        assertThat(detail.apply("LANGUAGE_CHANGED", "en")).isEqualTo("Englisch");
        assertThat(detail.apply("CATEGORY_UPDATED", "politik/inland (description)"))
                .isEqualTo("politik/inland (Beschreibung)");
        assertThat(detail.apply("CATEGORY_UPDATED", "politik → politik-neu, 2 below"))
                .isEqualTo("politik → politik-neu, 2 Unterrubriken mitverschoben");
        assertThat(detail.apply("CATEGORY_UPDATED", "politik → politik-neu")).isEqualTo("politik → politik-neu");
        assertThat(detail.apply("CATEGORY_REORDERED", "politik/inland to position 3"))
                .isEqualTo("politik/inland an Position 3");
        assertThat(detail.apply("CATEGORY_DELETED", "sport/rad; 4 articles and 1 children moved to sport"))
                .isEqualTo("sport/rad; 4 Artikel und 1 Unterrubrik verschoben nach sport");
        assertThat(detail.apply("TAG_MERGED", "Merz, F. Merz → Friedrich Merz (3 articles re-tagged)"))
                .isEqualTo("Merz, F. Merz → Friedrich Merz (3 Artikel neu verschlagwortet)");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(detail.apply("LANGUAGE_CHANGED", "de")).isEqualTo("German");
        assertThat(detail.apply("CLIENT_BLOCKED", "20 failed logins in 10 minutes"))
                .isEqualTo("20 failed logins in 10 minutes");
    }

    /**
     * The admin's first-hour sweep: "Betrifft" took its longest text's width and left "Details" about 100 px, which
     * cut "Rollen: Administration" to "Rollen: Administ…". The details get the largest share, what it concerns wraps.
     */
    @Test
    void the_details_get_the_most_room_and_what_it_concerns_wraps() {
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        var target = view.grid.getColumnByKey("target");
        var detail = view.grid.getColumnByKey("detail");
        var action = view.grid.getColumnByKey("action");

        assertThat(target.isAutoWidth()).isFalse();
        assertThat(detail.getFlexGrow()).isGreaterThan(target.getFlexGrow()).isGreaterThan(action.getFlexGrow());
        assertThat(rem(detail.getWidth())).isGreaterThan(rem(target.getWidth()));
        // "kommentierende", the longest word of an action's name, fits in the action's column.
        assertThat(rem(action.getWidth())).isGreaterThanOrEqualTo(10);
    }

    private static double rem(String width) {
        assertThat(width).endsWith("rem");
        return Double.parseDouble(width.substring(0, width.length() - 3));
    }

    /** The admin's first-hour sweep: "Aktion" listed its choices in the order of the stored codes. */
    @Test
    void the_choices_are_in_german_alphabetical_order_of_their_names() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (String code : java.util.List.of("ACCOUNT_CREATED", "ARTICLE_CREATED", "COMMENT_APPROVED",
                    "LOGIN_SUCCESS")) {
                audit.recordAs("sorter", code, "test", "1", null, null);
            }
        });
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        var german = java.text.Collator.getInstance(Locale.GERMAN);

        var actions = view.action.getListDataView().getItems()
                .map(view.action.getItemLabelGenerator()).toList();
        assertThat(actions).contains("Angemeldet", "Artikel angelegt", "Konto angelegt", "Kommentar freigegeben")
                .isSortedAccordingTo(german);
        var kinds = view.targetType.getListDataView().getItems()
                .map(view.targetType.getItemLabelGenerator()).toList();
        assertThat(kinds).hasSize(AuditView.TARGET_TYPES.size()).isSortedAccordingTo(german);
    }

    @Test
    void the_date_pickers_speak_german_and_start_the_week_on_monday() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);

        var i18n = view.from.getDatePickerI18n();
        assertThat(i18n.getMonthNames().get(11)).isEqualTo("Dezember");
        assertThat(i18n.getWeekdaysShort().getFirst()).isEqualTo("So.");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Heute");
        assertThat(i18n.getCancel()).isEqualTo("Abbrechen");
        assertThat(i18n.getDateFormats()).containsExactly("dd.MM.yyyy");
    }

    @Test
    void the_dashboards_failed_logins_link_opens_the_log_filtered() {
        new TransactionTemplate(transactions).executeWithoutResult(
                tx -> audit.recordAs("niemand", "LOGIN_FAILURE", "user", "niemand", null, null));
        login("admin", "ADMIN");
        UI.getCurrent().navigate("audit", QueryParameters.fromString("action=LOGIN_FAILURE"));
        AuditView view = _get(AuditView.class);

        assertThat(view.action.getValue()).isEqualTo("LOGIN_FAILURE");
        assertThat(view.currentFilter().action()).isEqualTo("LOGIN_FAILURE");
    }

    @Test
    void the_filters_are_named_as_a_newsroom_says_it_and_what_an_entry_concerns_is_picked_by_its_name() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);

        assertThat(view.actor.getLabel()).isEqualTo("Wer");
        assertThat(view.targetType.getLabel()).isEqualTo("Betrifft");
        assertThat(view.targetId.getLabel()).isEqualTo("Nummer oder Name");
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText())
                // The moderation's word for a masked IP address ("IP-Kennung"), one word in the whole console.
                .contains("Betrifft", "IP-Kennung")
                .doesNotContain("Ziel", "Adresse (gehasht)", "Adresse (unkenntlich gemacht)");
        // Every kind the log writes has a name in the choice, none shows its stored code.
        assertThat(AuditView.TARGET_TYPES).allSatisfy(code ->
                assertThat(view.targetType.getItemLabelGenerator().apply(code)).isNotEqualTo(code));
        assertThat(view.targetType.getItemLabelGenerator().apply("article")).isEqualTo("Artikel");

        view.targetType.setValue("article");
        view.applyFilter();
        assertThat(view.currentFilter().targetType()).isEqualTo("article");
    }

    /**
     * Found in the moderator's first-day sweep: "Wer" said "moderator" while the queue says "Entschieden von Mona
     * Moderatorin". The grid shows the display name, the username in a small line under it.
     */
    @Test
    void who_acted_reads_as_the_display_name_with_the_username_under_it() {
        String action = "TEST_WHO_" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            audit.recordAs("moderator", action, "comment", "1", null, null);
            audit.recordAs("system", action, "comment", "2", null, null);
        });
        String displayName = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select display_name from app_user where username = 'moderator'", String.class);
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        view.action.setValue(action);
        view.actor.setValue(displayName);
        view.targetId.setValue("1");
        var entry = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        assertThat(entry.actor()).isEqualTo("moderator");
        assertThat(view.actorLabel(entry)).isEqualTo(displayName);
        assertThat(view.actorDetail(entry)).isEqualTo("moderator");
        assertThat(view.phoneLine(entry)).isEqualTo(displayName + " · Kommentar 1");

        view.actor.clear();
        view.targetId.setValue("2");
        var system = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        assertThat(view.actorLabel(system)).isEqualTo("System (automatisch)");
        assertThat(view.actorDetail(system)).isEmpty();
    }

    /** The filters apply as they change (before: only after a click on "Filtern", which is gone). */
    @Test
    void the_filters_apply_as_they_change_without_a_filter_button() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin", "ADMIN");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        assertThat(_find(com.vaadin.flow.component.button.Button.class)).extracting(b -> b.getText())
                .doesNotContain("Filtern");

        view.targetType.setValue("article");
        assertThat(view.currentFilter().targetType()).isEqualTo("article");
        view.action.setValue("LOGIN_FAILURE");
        assertThat(view.currentFilter().action()).isEqualTo("LOGIN_FAILURE");
        // Text fields after a short pause in typing or on leaving the field, not at every key.
        assertThat(view.actor.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        view.actor.setValue("admin");
        assertThat(view.currentFilter().actor()).isEqualTo("admin");
        view.targetId.setValue("42");
        assertThat(view.currentFilter().targetId()).isEqualTo("42");
        view.from.setValue(java.time.LocalDateTime.of(2026, 12, 1, 0, 0));
        assertThat(view.currentFilter().from()).isNotNull();
    }
}
