package de.newsroom.console.comment.ui;

import de.newsroom.console.base.domain.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.comment.rules.BlockedAuthor;
import de.newsroom.console.comment.rules.BlockedWord;
import de.newsroom.console.comment.rules.CommentSettingsService;
import de.newsroom.console.comment.rules.RuleDryRun;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.StatementsOfReasons;
import de.newsroom.console.comment.commenter.CommenterService;
import de.newsroom.console.comment.surge.SurgeGuard;
import de.newsroom.console.comment.surge.SurgeSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * Admins edit the rules that flag new comments: blocked words (with exceptions), the author block list, and how many
 * reader reports send an approved comment back to review; and download the DSA statements of reasons.
 */
@Route("moderation/settings")
@Menu(order = 21, title = "menu.moderation.settings", icon = "vaadin:filter")
@RolesAllowed(AppRoles.ADMIN)
class ModerationSettingsView extends Main implements HasDynamicTitle {

    private final transient CommentSettingsService settings;
    final Grid<BlockedWord> words = new Grid<>();
    final Grid<BlockedAuthor> authors = new Grid<>();
    final TextField word = new TextField();
    final Checkbox wholeWord = new Checkbox();
    final TextField exceptions = new TextField();
    final Button addWord = new Button();
    final Select<BlockedAuthor.Kind> kind = new Select<>();
    final TextField value = new TextField();
    final TextField note = new TextField();
    final Button addAuthor = new Button();
    final IntegerField reportThreshold = new IntegerField();
    final Button saveThreshold = new Button();
    /** Dry runs (issue 16): what a word or threshold would have done to the last days' comments, before saving. */
    private final transient RuleDryRun dryRun;
    final Button dryRunWord = new Button();
    final DryRunPanel wordDryRun = new DryRunPanel("settings-word-dryrun");
    final Button dryRunThreshold = new Button();
    final DryRunPanel thresholdDryRun = new DryRunPanel("settings-threshold-dryrun");

    final StatementsExport statements;

    final SurgeSettingsForm surge;

    ModerationSettingsView(CommentSettingsService settings, StatementsOfReasons reasons, NewsroomZone zone,
                           Clock clock, RuleDryRun dryRun, CommenterService commenters,
                           SurgeSettingsService surgeSettings, SurgeGuard surgeGuard) {
        this.settings = settings;
        this.dryRun = dryRun;
        addClassNames("view", "moderation-settings-view");
        add(new H1(getTranslation("comment.settings.title")), new Paragraph(getTranslation("comment.settings.intro")));
        add(new H2(getTranslation("comment.settings.words")), wordForm(), wordDryRun, words);
        add(new H2(getTranslation("comment.settings.authors")), authorForm(), authors);
        add(new H2(getTranslation("comment.settings.reports")), reportForm(), thresholdDryRun);
        add(new TrustSettingsForm(commenters));
        surge = new SurgeSettingsForm(surgeSettings, surgeGuard, zone);
        add(surge);
        statements = new StatementsExport(reasons, zone, clock);
        add(statements);
        configureGrids();
        reload();
    }

    private Div wordForm() {
        word.setLabel(getTranslation("comment.settings.word"));
        word.setMaxLength(CommentSettingsService.WORD_MAX);
        word.setId("settings-word");
        wholeWord.setLabel(getTranslation("comment.settings.wholeword"));
        wholeWord.setId("settings-wholeword");
        exceptions.setLabel(getTranslation("comment.settings.exceptions"));
        exceptions.setHelperText(getTranslation("comment.settings.exceptions.help"));
        exceptions.setId("settings-exceptions");
        addWord.setText(getTranslation("comment.settings.add"));
        addWord.setId("settings-add-word");
        addWord.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addWord.addClickListener(e -> {
            try {
                settings.addBlockedWord(word.getValue(), wholeWord.getValue(), exceptions.getValue());
                word.clear();
                exceptions.clear();
                wholeWord.clear();
                word.setInvalid(false);
                wordDryRun.hide();
                reload();
            } catch (IllegalArgumentException ex) {
                word.setInvalid(true);
                word.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        DryRuns.button(dryRunWord, "settings-dryrun-word", () -> {
            try {
                wordDryRun.show("comment.dryrun.word",
                        dryRun.addWord(word.getValue(), wholeWord.getValue(), exceptions.getValue()));
                word.setInvalid(false);
            } catch (IllegalArgumentException ex) {
                wordDryRun.hide();
                word.setInvalid(true);
                word.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        var form = new Div(word, wholeWord, exceptions, dryRunWord, addWord);
        form.addClassName("settings-form");
        return form;
    }

    private Div authorForm() {
        kind.setLabel(getTranslation("comment.settings.kind"));
        kind.setItems(BlockedAuthor.Kind.NAME, BlockedAuthor.Kind.EMAIL);
        kind.setItemLabelGenerator(k -> getTranslation("comment.settings.kind." + k.name()));
        // The field says what to type for the chosen kind (before, a bare "Wert" / "Value" for both).
        kind.addValueChangeListener(e -> value.setLabel(e.getValue() == null ? getTranslation("comment.settings.value")
                : getTranslation("comment.settings.value." + e.getValue().name())));
        kind.setValue(BlockedAuthor.Kind.EMAIL);
        value.setMaxLength(CommentSettingsService.VALUE_MAX);
        value.setId("settings-value");
        note.setLabel(getTranslation("comment.settings.note"));
        note.setMaxLength(200);
        addAuthor.setText(getTranslation("comment.settings.add"));
        addAuthor.setId("settings-add-author");
        addAuthor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAuthor.addClickListener(e -> {
            try {
                settings.addBlockedAuthor(kind.getValue(), value.getValue(), note.getValue());
                value.clear();
                note.clear();
                value.setInvalid(false);
                reload();
            } catch (IllegalArgumentException ex) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        var form = new Div(kind, value, note, addAuthor);
        form.addClassName("settings-form");
        return form;
    }

    private Div reportForm() {
        reportThreshold.setLabel(getTranslation("comment.settings.threshold"));
        reportThreshold.setHelperText(getTranslation("comment.settings.threshold.help"));
        reportThreshold.setMin(CommentSettingsService.REPORT_THRESHOLD_MIN);
        reportThreshold.setMax(CommentSettingsService.REPORT_THRESHOLD_MAX);
        reportThreshold.setStepButtonsVisible(true);
        reportThreshold.setId("settings-report-threshold");
        reportThreshold.setValue(settings.reportThreshold());
        saveThreshold.setText(getTranslation("comment.settings.save"));
        saveThreshold.setId("settings-save-threshold");
        saveThreshold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveThreshold.addClickListener(e -> {
            Integer value = reportThreshold.getValue();
            try {
                settings.setReportThreshold(value == null ? 0 : value);
                reportThreshold.setInvalid(false);
                Notifications.success(getTranslation("comment.settings.threshold.saved", value));
            } catch (IllegalArgumentException ex) {
                reportThreshold.setInvalid(true);
                reportThreshold.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        DryRuns.button(dryRunThreshold, "settings-dryrun-threshold", () -> {
            Integer proposed = reportThreshold.getValue();
            try {
                thresholdDryRun.show("comment.dryrun.threshold", dryRun.reportThreshold(proposed == null ? 0 : proposed));
                reportThreshold.setInvalid(false);
            } catch (IllegalArgumentException ex) {
                thresholdDryRun.hide();
                reportThreshold.setInvalid(true);
                reportThreshold.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        var form = new Div(reportThreshold, dryRunThreshold, saveThreshold);
        form.addClassName("settings-form");
        return form;
    }

    private void configureGrids() {
        words.setId("settings-words");
        // Cells wrap: a phone reads every exception (before: "marsch, bars…" at 390 px) and every blocked address.
        words.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        words.setAllRowsVisible(true);
        words.setEmptyStateText(getTranslation("comment.settings.words.empty"));
        words.addColumn(BlockedWord::word).setHeader(getTranslation("comment.settings.word"));
        words.addColumn(w -> getTranslation(w.wholeWord() ? "comment.settings.mode.whole" : "comment.settings.mode.part"))
                .setHeader(getTranslation("comment.settings.mode")).setKey("mode");
        words.addColumn(w -> String.join(", ", w.exceptions())).setHeader(getTranslation("comment.settings.exceptions"))
                .setKey("exceptions").setFlexGrow(2);
        // Removing asks first, showing which comments the word would no longer flag (the dry run).
        words.addComponentColumn(w -> new Button(getTranslation("comment.settings.remove"),
                e -> DryRuns.confirmRemoval(w, dryRun.removeWord(w.id()), () -> {
                    settings.removeBlockedWord(w.id());
                    Notifications.info(getTranslation("comment.settings.removed", w.word()));
                    reload();
                }))).setKey("remove").setAutoWidth(true).setFlexGrow(0);

        authors.setId("settings-authors");
        authors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        authors.setAllRowsVisible(true);
        authors.setEmptyStateText(getTranslation("comment.settings.authors.empty"));
        authors.addColumn(a -> getTranslation("comment.settings.kind." + a.kind().name()))
                .setHeader(getTranslation("comment.settings.kind"));
        // "Gesperrt": the address, name or IP-Kennung that is blocked (before, a bare "Wert" / "Value").
        authors.addColumn(ModerationSettingsView::shown).setHeader(getTranslation("comment.settings.col.blocked"))
                .setKey("blocked");
        authors.addColumn(this::note).setHeader(getTranslation("comment.settings.note"))
                .setKey("note");
        // Lifting a block asks first, as removing a word does: the author's comments are accepted again at once.
        authors.addComponentColumn(a -> new Button(getTranslation("comment.settings.remove"),
                e -> confirmUnblock(a))).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        // Phones keep what identifies a row and its action; the grid would otherwise scroll sideways inside itself.
        PhoneColumns.hideOnPhones(this, List.of(words.getColumnByKey("mode"), authors.getColumnByKey("note")));
    }

    /** The English note older blocks stored when none was given; shown in the admin's language instead. */
    private static final java.util.regex.Pattern LEGACY_NOTE =
            java.util.regex.Pattern.compile("client of comment (\\d+)");

    /** A block's note; the old stored "client of comment N" reads "Kommentar N" in German. */
    String note(BlockedAuthor author) {
        if (author.note() == null) {
            return "";
        }
        var legacy = LEGACY_NOTE.matcher(author.note());
        return legacy.matches() ? getTranslation("comment.settings.note.comment", legacy.group(1)) : author.note();
    }

    ConfirmDialog confirmUnblock(BlockedAuthor author) {
        var dialog = new ConfirmDialog();
        dialog.setId("settings-unblock-confirm");
        dialog.setHeader(getTranslation("comment.settings.unblock.title", shown(author)));
        dialog.setText(getTranslation("comment.settings.unblock.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("comment.action.cancel"));
        dialog.setConfirmText(getTranslation("comment.settings.unblock.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        // The cursor waits on Cancel, so an Enter out of habit lifts no block (before, it was on "Aufheben").
        CancelFirst.apply(dialog);
        dialog.addConfirmListener(e -> {
            settings.removeBlockedAuthor(author.id());
            Notifications.info(getTranslation("comment.settings.removed", shown(author)));
            reload();
        });
        dialog.open();
        return dialog;
    }

    private static String shown(BlockedAuthor a) {
        return a.kind() == BlockedAuthor.Kind.CLIENT_HASH ? a.value().substring(0, Math.min(12, a.value().length())) + "…"
                : a.value();
    }

    private void reload() {
        words.setItems(settings.blockedWords());
        authors.setItems(settings.blockedAuthors());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.moderation.settings") + " · " + getTranslation("app.title");
    }
}
