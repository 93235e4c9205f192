package de.newsroom.console.audit.ui;

import de.newsroom.console.base.ui.PhoneColumns;
import de.newsroom.console.base.domain.AppRoles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.newsroom.console.audit.AuditEntry;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.audit.AuditFilter;
import de.newsroom.console.audit.AuditTrail;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.base.ui.DateStyle;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit log: filter by actor, action, target and time; pages lazily; exports what the filter shows as CSV. */
@Route("audit")
@Menu(order = 60, title = "menu.audit", icon = "vaadin:archive")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends Main implements HasDynamicTitle, BeforeEnterObserver {


    /** The actor of a failed login with a username no account has ({@code LoginGuard.UNKNOWN_ACTOR}). */
    private static final String UNKNOWN_ACTOR = "unknown";

    private final transient AuditTrail trail;
    private final NewsroomZone zone;
    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    /**
     * What an entry concerns: a choice of the kinds the log writes, named as in the grid's column, instead of a text
     * field that wanted the stored code ("article") while the grid said "Artikel".
     */
    final ComboBox<String> targetType = new ComboBox<>();
    final TextField targetId = new TextField();
    /** The target types {@code AuditLog.record} is called with (each has its {@code audit.target.*} name). */
    static final java.util.List<String> TARGET_TYPES = java.util.List.of("article", "comment", "category", "tag",
            "media", "user", "client", "setting", "blocked_word", "blocked_author", "commenter_action");
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    private volatile AuditFilter filter = AuditFilter.ANY;

    AuditView(AuditTrail trail, NewsroomZone zone) {
        this.trail = trail;
        this.zone = zone;
        addClassNames("view", "audit-view");

        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        action.setLabel(getTranslation("audit.action"));
        // In the order of their names in the admin's language, as German sorts (before, in the order of the stored
        // codes: "Konto angelegt", "Veröffentlichten Artikel korrigiert", "Korrektur veröffentlicht", …).
        action.setItems(byLabel(trail.actions(), this::actionLabel));
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        targetType.setLabel(getTranslation("audit.target_type"));
        targetType.setItems(byLabel(TARGET_TYPES, code -> label("audit.target.", code)));
        targetType.setItemLabelGenerator(code -> label("audit.target.", code));
        targetType.setClearButtonVisible(true);
        targetType.setId("audit-target-type");
        targetId.setLabel(getTranslation("audit.target_id"));
        targetId.setId("audit-target-id");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        DateStyle.localize(from);
        DateStyle.localize(to);
        // The filters apply as they change (before, only after a click on "Filtern", which is gone): the choices at
        // once, the text fields after a short pause in typing or on leaving the field (LAZY).
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        targetId.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());
        targetType.addValueChangeListener(e -> applyFilter());
        targetId.addValueChangeListener(e -> applyFilter());
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        var export = new Anchor(csvDownload(), getTranslation("audit.export"));
        export.setId("audit-export");
        export.addClassName("audit-export");
        var filters = new Div(actor, action, targetType, targetId, from, to, export);
        filters.addClassName("audit-filters");

        grid.setId("audit-grid");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addClassName("audit-grid");
        // The date and the clock time: on one line on wider windows, on two on phones, where the action's column
        // needs its 10rem beside them ("kommentierende", its longest word) and one line made the grid scroll sideways.
        grid.addColumn(LitRenderer.<AuditEntry>of("<span>${item.date}</span><span class=\"audit-clock-sep\">, </span>"
                                + "<span class=\"audit-clock\">${item.clock}</span>")
                        .withProperty("date", e -> date(e.occurredAt()))
                        .withProperty("clock", e -> clock(e.occurredAt())))
                .setHeader(getTranslation("audit.time")).setAutoWidth(true).setKey("time");
        // Who by display name, as the rest of the console names people; the username, which the filter and the CSV
        // also know, in a small line under it (Lit escapes both: they are data, not markup).
        var actorColumn = grid.addColumn(LitRenderer.<AuditEntry>of("<span>${item.name}</span>"
                                + "<div class=\"audit-username\">${item.username}</div>")
                        .withProperty("name", this::actorLabel)
                        .withProperty("username", this::actorDetail))
                .setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        // The action's label wraps instead of widening the grid: at 390 px it shares the row with the time only, so
        // who did it and what it concerns stand under it there (the line is hidden by the stylesheet on wider
        // windows, where their own columns show them).
        grid.addColumn(LitRenderer.<AuditEntry>of("<span>${item.action}</span>"
                                + "<div class=\"audit-phone-line\">${item.who}</div>")
                        .withProperty("action", e -> actionLabel(e.action()))
                        .withProperty("who", this::phoneLine))
                .setHeader(getTranslation("audit.action")).setWidth("10rem").setFlexGrow(1).setKey("action");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // What it concerns wraps in a fixed share and the details get the most room (the admin's first-hour sweep: at
        // 1440 px "Betrifft" took its longest text's width, "Maßnahme gegen kommentierende Person 1", and left the
        // details about 100 px, cut to "Rollen: Administ…", "landesp…"; the action's 8rem cut "kommentier…").
        var target = grid.addColumn(this::targetLabel)
                .setHeader(getTranslation("audit.target")).setWidth("10rem").setFlexGrow(1).setKey("target");
        var detail = grid.addColumn(this::entryDetail).setHeader(getTranslation("audit.detail"))
                .setWidth("14rem").setFlexGrow(3).setKey("detail");
        var client = grid.addColumn(e -> e.clientHash() == null ? "" : e.clientHash().substring(0, 12))
                .setHeader(getTranslation("audit.client")).setAutoWidth(true);
        PhoneColumns.hideOnPhones(this, java.util.List.of(actorColumn, target, detail, client));
        grid.setItems(q -> trail.find(filter, q.getOffset(), q.getLimit()).stream());
        grid.setHeight("70vh");

        add(new H1(getTranslation("menu.audit")), filters, grid);
    }

    /** {@code audit?action=LOGIN_FAILURE} opens the log filtered by that action (linked from the dashboard). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("action")
                .filter(code -> trail.actions().contains(code)).ifPresent(code -> {
            action.setValue(code); // applies the filter (its change listener)
        });
    }

    void applyFilter() {
        filter = new AuditFilter(actor.getValue(), action.getValue(), targetType.getValue(), targetId.getValue(),
                instant(from.getValue()), instant(to.getValue()));
        grid.getDataProvider().refreshAll();
    }

    AuditFilter currentFilter() {
        return filter;
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                trail.exportCsv(filter, out);
            }
        };
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone.zoneId()).toInstant();
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(zone.zoneId()));
    }

    private String clock(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(zone.zoneId()));
    }


    /** The action in the admin's language; a code without a text yet (a new feature's) is shown as it is stored. */
    String actionLabel(String code) {
        return label("audit.action.", code);
    }

    private java.util.List<String> byLabel(java.util.List<String> codes,
                                           java.util.function.Function<String, String> label) {
        var collator = java.text.Collator.getInstance(getLocale());
        return codes.stream().sorted(java.util.Comparator.comparing(label, collator)).toList();
    }

    /** The entry's detail in words ({@link AuditDetailWords}). */
    String entryDetail(AuditEntry e) {
        return words().entryDetail(e);
    }

    /** A stored detail with its codes in words ({@link AuditDetailWords#detailLabel}). */
    String detailLabel(String detail) {
        return words().detailLabel(detail);
    }

    private AuditDetailWords words() {
        return new AuditDetailWords(this::getTranslation, getLocale(), zone);
    }

    /**
     * Who did it: the account's display name ("Mona Moderatorin", as the queue's "Entschieden von …"; before the
     * moderator's first-day sweep the username, "moderator"), the stored username for an account deleted since, or
     * in words for the console itself (scheduler, surge guard, trash clean-up), which records as the account-less
     * actor "system" (before: the bare English "system" beside "admin", "editor").
     */
    String actorLabel(AuditEntry e) {
        if (e.actor() == null) {
            return "";
        }
        if (SystemAuthentication.SYSTEM.equals(e.actor())) {
            return getTranslation("audit.actor.system");
        }
        if (e.actorName() == null && UNKNOWN_ACTOR.equals(e.actor())) {
            return getTranslation("audit.actor.unknown");
        }
        return e.actorName() != null ? e.actorName() : e.actor();
    }

    /** The username under the display name, when there is a display name that differs from it; else empty. */
    String actorDetail(AuditEntry e) {
        return e.actorName() == null || e.actorName().equals(e.actor()) || SystemAuthentication.SYSTEM.equals(e.actor())
                ? "" : e.actor();
    }

    /** Who did it and what it concerns, one line: "admin · Artikel 42" (the phone's line under the action). */
    String phoneLine(AuditEntry e) {
        String who = actorLabel(e);
        String target = targetLabel(e);
        return who.isEmpty() || target.isEmpty() ? who + target : who + " · " + target;
    }

    /** "Artikel 42"; a setting by its name, "Einstellung Ansturm-Schutz" (stored: "setting surge_guard"). */
    private String targetLabel(AuditEntry e) {
        if (e.targetType() == null) {
            return "";
        }
        String id = nullToEmpty(e.targetId());
        if (e.targetType().equals("setting") && !id.isEmpty()) {
            id = label("audit.setting.", id);
        }
        return (label("audit.target.", e.targetType()) + " " + id).strip();
    }

    private String label(String prefix, String code) {
        String key = prefix + code;
        String text = getTranslation(key);
        return key.equals(text) ? code : text;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " · " + getTranslation("app.title");
    }
}
