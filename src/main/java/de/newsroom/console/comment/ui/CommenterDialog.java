package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.commenter.CommenterAction;
import de.newsroom.console.comment.commenter.CommenterActionKind;
import de.newsroom.console.comment.commenter.CommenterHistory;
import de.newsroom.console.comment.commenter.CommenterKey;
import de.newsroom.console.comment.commenter.CommenterService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;

/**
 * One commenter (by e-mail and client hash): the action in force with "lift", their comments newest first with
 * counts per status, and the actions a moderator may take: suspend for some days, ban (after a confirmation), always
 * pre-moderate, trust. Every action and every lift asks for a reason.
 */
final class CommenterDialog extends Dialog {

    static final int PAGE = 20;

    final Div state = new Div();
    final Button lift = new Button();
    final Span counts = new Span();
    final Div comments = new Div();
    final Button more = new Button();
    final RadioButtonGroup<CommenterActionKind> kind = new RadioButtonGroup<>();
    final IntegerField days = new IntegerField();
    final TextArea reason = new TextArea();
    final Button apply = new Button();
    /** The ban's confirmation while it is open. */
    ConfirmDialog confirmBan;

    private final transient CommenterService service;
    private final CommenterKey key;
    private final ZoneId zone;
    private final transient Clock clock;
    private final Runnable afterChange;
    private CommenterAction active;
    private int pages;

    CommenterDialog(CommenterService service, CommenterKey key, String authorName, ZoneId zone, Clock clock,
                    Runnable afterChange) {
        this.service = service;
        this.key = key;
        this.zone = zone;
        this.clock = clock;
        this.afterChange = afterChange;
        setHeaderTitle(authorName == null ? getTranslation("comment.commenter.title.plain")
                : getTranslation("comment.commenter.title", authorName));
        addClassName("commenter-dialog");
        setId("commenter-dialog");
        setWidth("min(44rem, calc(100vw - 1rem))");
        setMaxHeight("100%");

        var identity = new Paragraph(identity(key));
        identity.addClassName("commenter-identity");
        state.setId("commenter-state");
        state.addClassName("commenter-state");
        lift.setText(getTranslation("comment.commenter.lift"));
        lift.setId("commenter-lift");
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
        lift.addClickListener(e -> liftActive());
        counts.setId("commenter-counts");
        comments.addClassName("commenter-comments");
        comments.setId("commenter-comments");
        more.setText(getTranslation("comment.commenter.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> loadPage());

        kind.setLabel(getTranslation("comment.commenter.action"));
        kind.setItems(CommenterActionKind.SUSPEND, CommenterActionKind.BAN, CommenterActionKind.PREMODERATE,
                CommenterActionKind.TRUST);
        kind.setItemLabelGenerator(k -> getTranslation("comment.commenter.kind." + k.name()));
        kind.setId("commenter-kind");
        kind.addValueChangeListener(e -> {
            kind.setInvalid(false);
            days.setVisible(e.getValue() == CommenterActionKind.SUSPEND);
            // The button says what it does, short enough to share the footer with "Schließen" at 390 px ("Vertrauen
            // (sofort freigeben)" took a line of its own); before it said "Ausführen" whatever was chosen.
            apply.setText(getTranslation(e.getValue() == null ? "comment.commenter.apply"
                    : "comment.commenter.apply." + e.getValue().name()));
        });
        days.setLabel(getTranslation("comment.commenter.days"));
        days.setMin(CommenterService.DAYS_MIN);
        days.setMax(CommenterService.DAYS_MAX);
        days.setValue(7);
        days.setStepButtonsVisible(true);
        days.setVisible(false);
        days.setId("commenter-days");
        reason.setLabel(getTranslation("comment.commenter.reason"));
        reason.setHelperText(getTranslation("comment.commenter.reason.help"));
        reason.setMaxLength(CommenterService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("commenter-reason");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        apply.setText(getTranslation("comment.commenter.apply"));
        apply.setId("commenter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyChosen());

        var actions = new Div(kind, days);
        actions.addClassName("commenter-actions");
        add(identity, state, heading("comment.commenter.comments"), counts, comments, more,
                heading("comment.commenter.actions"), actions, reason);
        getFooter().add(new Button(getTranslation("comment.commenter.close"), e -> close()), apply);
        reload();
    }

    /** A section heading with room above it (the stylesheet's), so it does not stick to the section before. */
    private H3 heading(String key) {
        var heading = new H3(getTranslation(key));
        heading.addClassName("commenter-heading");
        return heading;
    }

    /** "E-Mail: nicht angegeben" when the reader left it out (before: "E-Mail: keine E-Mail"). */
    private String identity(CommenterKey key) {
        String email = key.email() == null ? getTranslation("comment.commenter.noemail") : key.email();
        String client = key.clientHash() == null ? "–" : key.shortClient() + "…";
        return getTranslation("comment.commenter.identity", email, client);
    }

    /** Reads state, counts and the first page again (after an action, or on opening). */
    void reload() {
        pages = 0;
        comments.removeAll();
        CommenterHistory history = loadPage();
        Instant now = clock.instant();
        active = history.actions().stream().filter(a -> a.activeAt(now))
                .min(Comparator.comparing(CommenterAction::kind)).orElse(null);
        state.removeAll();
        if (active == null) {
            state.add(new Span(getTranslation("comment.commenter.state.none")));
        } else {
            var text = new Span(stateText(active));
            text.setId("commenter-state-text");
            var since = new Span(texts().since(active));
            since.addClassName("commenter-since");
            state.add(text, since, lift);
        }
        counts.setText(getTranslation("comment.commenter.counts", history.approved(), history.rejected(),
                history.spam(), history.pending()));
    }

    String stateText(CommenterAction action) {
        return texts().state(action);
    }

    private CommenterTexts texts() {
        return new CommenterTexts(this::getTranslation, getLocale(), zone);
    }

    private CommenterHistory loadPage() {
        CommenterHistory history = service.history(key, pages++, PAGE);
        if (history.comments().isEmpty() && pages == 1) {
            comments.add(new Paragraph(getTranslation("comment.commenter.comments.none")));
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (CommenterHistory.Entry entry : history.comments()) {
            // Reader text goes in as text, never as HTML.
            var meta = new Span(getTranslation("comment.detail.meta", format.format(entry.createdAt().atZone(zone)),
                    getTranslation("comment.status." + entry.status().name()), entry.articleTitle()));
            meta.addClassName("commenter-comment-meta");
            var excerpt = new Span(entry.excerpt());
            excerpt.addClassName("commenter-comment-excerpt");
            var row = new Div(meta, excerpt);
            row.addClassNames("commenter-comment", "status-" + entry.status().name().toLowerCase());
            comments.add(row);
        }
        more.setVisible(history.comments().size() == PAGE);
        return history;
    }

    private String checkedReason() {
        String text = reason.getValue() == null ? "" : reason.getValue().strip();
        if (text.isEmpty()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("comment.commenter.error.reason"));
            // The field takes the cursor, which scrolls it and its message into view: on a phone both sat under
            // the dialog's footer, and "Dauerhaft sperren" seemed to do nothing.
            reason.focus();
            return null;
        }
        return text;
    }

    void applyChosen() {
        CommenterActionKind chosen = kind.getValue();
        if (chosen == null) {
            kind.setInvalid(true);
            kind.setErrorMessage(getTranslation("comment.commenter.error.kind"));
            kind.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
            return;
        }
        String why = checkedReason();
        if (why == null) {
            return;
        }
        if (chosen == CommenterActionKind.SUSPEND && (days.getValue() == null || days.isInvalid())) {
            days.setInvalid(true);
            days.setErrorMessage(getTranslation("comment.commenter.error.days"));
            days.focus();
            return;
        }
        if (chosen == CommenterActionKind.BAN) {
            confirmBan = new ConfirmDialog(getTranslation("comment.commenter.ban.title"),
                    getTranslation("comment.commenter.ban.text"), getTranslation("comment.commenter.ban.confirm"),
                    e -> act(chosen, why), getTranslation("comment.action.cancel"), e -> { });
            confirmBan.setConfirmButtonTheme("error primary");
            // As every red confirmation: the cursor waits on Cancel, so an Enter out of habit bans nobody (before,
            // the focus was on "Dauerhaft sperren").
            CancelFirst.apply(confirmBan);
            confirmBan.setId("commenter-ban-confirm");
            confirmBan.open();
            return;
        }
        act(chosen, why);
    }

    private void act(CommenterActionKind chosen, String why) {
        try {
            CommenterAction done = service.act(key, chosen, days.getValue(), why);
            reason.clear();
            kind.clear();
            reload();
            Notifications.success(getTranslation("comment.commenter.done", stateText(done)));
            afterChange.run();
        } catch (IllegalArgumentException refused) {
            showRefusal(refused);
        }
    }

    void liftActive() {
        if (active == null) {
            return;
        }
        String why = checkedReason();
        if (why == null) {
            return;
        }
        try {
            boolean lifted = service.lift(active.id(), why);
            reason.clear();
            reload();
            // The lift button had the focus and is gone with the action: the focus fell onto the page (the
            // moderator's first-hour sweep). It goes to the first action's choice, so the keyboard goes on here.
            kind.getChildren().findFirst().ifPresent(first -> first.getElement().callJsFunction("focus"));
            Notifications.success(getTranslation(lifted ? "comment.commenter.lifted" : "comment.commenter.gone"));
            afterChange.run();
        } catch (IllegalArgumentException refused) {
            showRefusal(refused);
        }
    }

    private void showRefusal(IllegalArgumentException refused) {
        String message = getTranslation(refused.getMessage(), CommenterService.REASON_MAX);
        if (refused.getMessage().contains("days")) {
            days.setInvalid(true);
            days.setErrorMessage(message);
            days.focus();
        } else {
            reason.setInvalid(true);
            reason.setErrorMessage(message);
            reason.focus();
        }
    }
}
