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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit log: filter by actor, action, target and time; pages lazily; exports what the filter shows as CSV. */
@Route("audit")
@Menu(order = 60, title = "menu.audit", icon = "vaadin:archive")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    // The codes other features write into details; matched by name so the audit log needs none of their classes.
    private static final Set<String> COMMENT_STATES = Set.of("PENDING", "APPROVED", "REJECTED", "SPAM");
    private static final Set<String> ARTICLE_STATES = Set.of("DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED",
            "ARCHIVED");
    private static final Set<String> REASONS = Set.of("SPAM", "INSULT", "OFF_TOPIC", "PERSONAL_DATA", "DUPLICATE",
            "OTHER");
    private static final Pattern DETAIL_CODE = Pattern.compile(
            "reason [A-Z_]+|\\((?:bulk|reversed)\\)|\\b(?:PENDING|APPROVED|REJECTED|SPAM|DRAFT|IN_REVIEW|SCHEDULED"
                    + "|PUBLISHED|ARCHIVED)\\b|->");

    /** Role codes in account details ("roles EDITOR,MODERATOR", "EDITOR -> EDITOR,MODERATOR"). */
    private static final Pattern ROLE_CODES = Pattern.compile("^[A-Z_]+(?:,[A-Z_]+)*$");
    /** What {@code CommenterService.act} writes: who ("e-mail …, client …"), how long, and the moderator's reason. */
    private static final Pattern COMMENTER_ACTED = Pattern.compile(
            "(?:e-mail (?<email>[^,;\\s]+))?(?:, )?(?:client (?<client>[0-9a-f]+))?(?: until (?<until>[^;\\s]+))?"
                    + "; reason: (?<why>.*)", Pattern.DOTALL);
    /** What {@code CommenterService.lift} writes: the lifted action's kind and the reason for lifting. */
    private static final Pattern COMMENTER_LIFTED = Pattern.compile(
            "(?<kind>SUSPEND|BAN|PREMODERATE|TRUST); reason: (?<why>.*)", Pattern.DOTALL);
    private static final Pattern COMMENTER_REPLACED =
            Pattern.compile("replaced by (?<kind>SUSPEND|BAN|PREMODERATE|TRUST)");
    /** The planned time of a scheduled article ("IN_REVIEW -> SCHEDULED at 2026-12-06T13:22:07Z"). */
    private static final Pattern AT_INSTANT = Pattern.compile(" at (\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z)$");

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

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
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

    /**
     * The entry's detail in words: what the accounts and the commenter actions write ("roles EDITOR", "client 4dda…
     * until 2026-12-12T10:30:18Z; reason: …", "SUSPEND; reason: …") read "Rollen: Redaktion", "IP-Kennung 4dda… bis
     * 12.12.2026, 11:30:18; Grund: …" (the admin's first-hour sweep: before, these stood in English and codes in the
     * German log); the moderator's reason stays exactly as written. The editor's, the comment settings', the DSA
     * export's and the surge guard's details as {@link #featureDetail(String, String)}; others as
     * {@link #detailLabel(String)}.
     */
    String entryDetail(AuditEntry e) {
        String d = e.detail();
        if (d == null || e.action() == null) {
            return detailLabel(d);
        }
        String words = featureDetail(e.action(), d);
        if (words != null) {
            return words;
        }
        switch (e.action()) {
            case "ACCOUNT_CREATED" -> {
                if (d.startsWith("roles ")) {
                    return getTranslation("audit.detail.roles", roleLabels(d.substring("roles ".length())));
                }
            }
            case "ROLES_CHANGED" -> {
                int arrow = d.indexOf(" -> ");
                if (arrow >= 0) {
                    return roleLabels(d.substring(0, arrow)) + " → " + roleLabels(d.substring(arrow + 4));
                }
            }
            case "ACCOUNT_UPDATED" -> {
                if (d.matches("(?:displayName|email)(?: (?:displayName|email))*")) {
                    return java.util.Arrays.stream(d.split(" ")).map(f -> getTranslation(
                            f.equals("email") ? "account.email" : "account.display_name"))
                            .collect(java.util.stream.Collectors.joining(", "));
                }
            }
            case "COMMENTER_ACTION_LIFTED" -> {
                Matcher lifted = COMMENTER_LIFTED.matcher(d);
                if (lifted.matches()) {
                    return actionLabel("COMMENTER_" + lifted.group("kind")) + "; "
                            + getTranslation("audit.detail.reason", lifted.group("why"));
                }
                Matcher replaced = COMMENTER_REPLACED.matcher(d);
                if (replaced.matches()) {
                    return getTranslation("audit.detail.replaced", actionLabel("COMMENTER_" + replaced.group("kind")));
                }
            }
            default -> {
                if (e.action().startsWith("COMMENTER_")) {
                    Matcher acted = COMMENTER_ACTED.matcher(d);
                    if (acted.matches()) {
                        return commenterDetail(acted);
                    }
                }
                Matcher at = AT_INSTANT.matcher(d);
                if (e.action().startsWith("ARTICLE_") && at.find()) {
                    String when = instantLabel(at.group(1));
                    if (when != null) {
                        return detailLabel(d.substring(0, at.start())) + " "
                                + getTranslation("audit.detail.at", when);
                    }
                }
            }
        }
        return detailLabel(d);
    }

    // What the editor, the comment settings, the DSA export and the surge guard write (the admin's sweep, round 3:
    // before, "from version 3", "media 1", "title,lead", "reply to 42", "on, 3 → off, 5", "PENDING 120 reached
    // threshold 100 …" stood in the German log).
    private static final Pattern FIELD_KEYS = Pattern.compile("[a-z]+(?:,[a-z]+)*");
    private static final Pattern VERSION_FROM = Pattern.compile("from version (\\d+)");
    private static final Pattern VERSION_ON = Pattern.compile("on version (\\d+)");
    private static final Pattern VERSION_AS = Pattern.compile("as version (\\d+)");
    private static final Pattern REVISION = Pattern.compile("revision (\\d+)");
    private static final Pattern MEDIA = Pattern.compile("media (\\d+)");
    private static final Pattern REPLY_TO = Pattern.compile("reply to (\\d+)");
    /** {@code ArticleTrash}: "[retention 30d; ]title; revisions=3; comment.trash.dependents=2" (the title as typed). */
    private static final Pattern DELETED = Pattern.compile(
            "(?:retention (?<days>\\d+)d; )?(?<title>.*?)(?<counts>(?:; [a-z_.]+=\\d+)+)", Pattern.DOTALL);
    private static final Pattern DSA = Pattern.compile(
            "(\\d+) statements of reasons, decisions from (\\S+) to (\\S+)");
    private static final Pattern RULE_ADDED = Pattern.compile(
            "(?<word>.*) \\((?<mode>whole word|part of word)\\)(?:; except (?<except>.*))?", Pattern.DOTALL);
    private static final Pattern BLOCK_ADDED = Pattern.compile("(NAME|EMAIL|CLIENT_HASH) (.*)", Pattern.DOTALL);
    private static final Pattern TRUST = Pattern.compile("(on|off), (\\d+) → (on|off), (\\d+)");
    /** {@code SurgeSettings.describe()}. */
    private static final Pattern SURGE_SETTINGS = Pattern.compile("(on|off), pending (\\d+), oldest (\\d+) min, "
            + "idle (\\d+) min, lift below (\\d+) % for (\\d+) min, (HOLD_ALL|CLOSE_HOT_ARTICLES|STRICTER_RULES)"
            + "(?: \\(top (\\d+) of the last (\\d+) min\\))?");
    private static final Pattern SURGE_ON = Pattern.compile("(?<trigger>PENDING|OLDEST|IDLE) (?<value>\\d+) reached "
            + "threshold (?<threshold>\\d+) \\(pending (?<pending>\\d+)\\); policy (?<policy>[A-Z_]+)"
            + "(?:; closed (?<closed>.*))?", Pattern.DOTALL);
    private static final Pattern SURGE_OFF = Pattern.compile("(?<why>.*); policy (?<policy>[A-Z_]+) since "
            + "(?<since>\\S+)(?:; reopened (?<reopened>.*))?", Pattern.DOTALL);
    private static final Pattern SURGE_CALM = Pattern.compile("below (\\d+) % of every threshold for (\\d+) min "
            + "\\(pending (\\d+), oldest (\\d+) min\\)");
    private static final Pattern SURGE_CLOSED = Pattern.compile("closed (?<closed>.*) \\(at least half the busiest "
            + "article's comments at the switch in the window\\); policy (?<policy>[A-Z_]+) since (?<since>\\S+)",
            Pattern.DOTALL);
    private static final Pattern UNKNOWN_USER = Pattern.compile("unknown user: (.*)", Pattern.DOTALL);
    private static final Pattern LOCKED_UNTIL = Pattern.compile("locked until (\\S+)");
    private static final Pattern FAILED_LOGINS = Pattern.compile("(\\d+) failed logins in (\\d+) minutes");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /** {@code CategoryService}: paths are web addresses, as stored. */
    private static final Pattern CATEGORY_DESCRIPTION = Pattern.compile("(\\S+) \\(description\\)");
    private static final Pattern CATEGORY_RENAMED = Pattern.compile("(\\S+ → \\S+), (\\d+) below");
    private static final Pattern CATEGORY_POSITION = Pattern.compile("(\\S+) to position (\\d+)");
    private static final Pattern CATEGORY_DELETED = Pattern.compile(
            "(\\S+); (\\d+) articles and (\\d+) children moved to (\\S+)");
    private static final Pattern TAG_MERGED = Pattern.compile("(.* → .*) \\((\\d+) articles re-tagged\\)",
            Pattern.DOTALL);
    private static final Set<String> SURGE_POLICIES = Set.of("HOLD_ALL", "CLOSE_HOT_ARTICLES", "STRICTER_RULES");

    /**
     * The details of the editor's, the comment settings', the DSA export's and the surge guard's entries in words;
     * null for a shape this does not know (shown as before). Blocked words, names, slugs and titles stay as typed.
     */
    private String featureDetail(String action, String d) {
        Matcher m;
        switch (action) {
            case "ARTICLE_SAVED", "ARTICLE_CORRECTED", "ARTICLE_NEXT_VERSION_CONFLICT" -> {
                return FIELD_KEYS.matcher(d).matches() ? fieldLabels(d) : null;
            }
            case "ARTICLE_NEXT_VERSION_STARTED" -> {
                return (m = VERSION_FROM.matcher(d)).matches() ? word("audit.detail.version.from", m.group(1)) : null;
            }
            case "ARTICLE_NEXT_VERSION_REBASED" -> {
                return (m = VERSION_ON.matcher(d)).matches() ? word("audit.detail.version.on", m.group(1)) : null;
            }
            case "ARTICLE_NEXT_VERSION_PUBLISHED" -> {
                return (m = VERSION_AS.matcher(d)).matches() ? word("audit.detail.version.as", m.group(1)) : null;
            }
            case "ARTICLE_RESTORED" -> {
                return (m = REVISION.matcher(d)).matches() ? word("audit.detail.revision", m.group(1)) : null;
            }
            case "ARTICLE_FEATURED_IMAGE" -> {
                if (d.equals("-")) {
                    return getTranslation("audit.detail.image.removed");
                }
                return (m = MEDIA.matcher(d)).matches()
                        ? label("audit.target.", "media") + " " + m.group(1) : null;
            }
            case "ARTICLE_PUBLISHED" -> {
                return d.equals("scheduled") ? getTranslation("audit.detail.scheduled")
                        : d.equals("scheduled, published late") ? getTranslation("audit.detail.scheduled.late") : null;
            }
            case "ARTICLE_SLUG_CHANGED", "ARTICLE_BYLINE_CHANGED" -> {
                // Both sides are what an editor typed: only the arrow changes.
                return d.replace(" -> ", " → ");
            }
            case "ARTICLE_DELETED" -> {
                return (m = DELETED.matcher(d)).matches() ? deletedDetail(m) : null;
            }
            case "COMMENT_NEWSROOM_REPLY" -> {
                return (m = REPLY_TO.matcher(d)).matches() ? word("audit.detail.reply", m.group(1)) : null;
            }
            case "COMMENT_DSA_EXPORT" -> {
                if ((m = DSA.matcher(d)).matches()) {
                    return getTranslation("audit.detail.dsa", Long.parseLong(m.group(1)),
                            orStored(instantLabel(m.group(2)), m.group(2)), orStored(instantLabel(m.group(3)),
                                    m.group(3)));
                }
                return null;
            }
            case "COMMENT_RULE_ADDED" -> {
                if ((m = RULE_ADDED.matcher(d)).matches()) {
                    String mode = getTranslation(m.group("mode").startsWith("whole")
                            ? "comment.settings.mode.whole" : "comment.settings.mode.part");
                    String words = m.group("word") + " (" + mode + ")";
                    return m.group("except") == null ? words : words + "; "
                            + getTranslation("comment.settings.exceptions") + ": " + m.group("except");
                }
                return null;
            }
            case "COMMENT_BLOCK_ADDED" -> {
                if ((m = BLOCK_ADDED.matcher(d)).matches()) {
                    String kind = m.group(1).equals("CLIENT_HASH") ? getTranslation("audit.client")
                            : getTranslation("comment.settings.kind." + m.group(1));
                    return kind + " " + m.group(2);
                }
                return null;
            }
            case "COMMENT_TRUST_SETTING" -> {
                if ((m = TRUST.matcher(d)).matches()) {
                    return trust(m.group(1), m.group(2)) + " → " + trust(m.group(3), m.group(4));
                }
                return null;
            }
            case "COMMENT_SURGE_SETTINGS" -> {
                String[] sides = d.split(" → ", -1);
                if (sides.length != 2) {
                    return null;
                }
                var before = surgeSettings(sides[0]);
                var after = surgeSettings(sides[1]);
                if (before == null || after == null) {
                    return null;
                }
                // Only what changed, "ausgeschaltet → eingeschaltet; ab 100 … → ab 80 …" (both whole settings in
                // full filled a dozen lines of the grid's cell for one changed number).
                var changed = new java.util.ArrayList<String>();
                for (int i = 0; i < before.size(); i++) {
                    if (!before.get(i).equals(after.get(i))) {
                        changed.add(before.get(i) + " → " + after.get(i));
                    }
                }
                return String.join("; ", changed.isEmpty() ? after : changed);
            }
            case "COMMENT_SURGE_ON" -> {
                return (m = SURGE_ON.matcher(d)).matches() ? surgeOn(m) : null;
            }
            case "COMMENT_SURGE_OFF" -> {
                return (m = SURGE_OFF.matcher(d)).matches() ? surgeOff(m) : null;
            }
            case "COMMENT_SURGE_CLOSED" -> {
                if ((m = SURGE_CLOSED.matcher(d)).matches() && SURGE_POLICIES.contains(m.group("policy"))) {
                    return getTranslation("audit.detail.closed", m.group("closed")) + " "
                            + getTranslation("audit.detail.closed.why") + "; " + policySince(m.group("policy"),
                            m.group("since"));
                }
                return null;
            }
            case "LOGIN_FAILURE" -> {
                if ((m = UNKNOWN_USER.matcher(d)).matches()) {
                    return getTranslation("audit.detail.login.unknown", m.group(1));
                }
                return switch (d) {
                    case "bad credentials" -> getTranslation("audit.detail.login.password");
                    case "disabled" -> getTranslation("audit.detail.login.disabled");
                    case "locked" -> getTranslation("audit.detail.login.locked");
                    case "throttled" -> getTranslation("audit.detail.login.throttled");
                    default -> null;
                };
            }
            case "ACCOUNT_LOCKED" -> {
                if ((m = LOCKED_UNTIL.matcher(d)).matches()) {
                    return getTranslation("audit.detail.until", orStored(instantLabel(m.group(1)), m.group(1)));
                }
                return null;
            }
            case "CLIENT_BLOCKED" -> {
                if ((m = FAILED_LOGINS.matcher(d)).matches()) {
                    return getTranslation("audit.detail.login.blocked", Long.parseLong(m.group(1)),
                            Long.parseLong(m.group(2)));
                }
                return null;
            }
            case "LANGUAGE_CHANGED" -> {
                // "Deutsch", "Englisch" in a German log; "German", "English" in an English one.
                return LANGUAGE.matcher(d).matches() ? Locale.forLanguageTag(d).getDisplayLanguage(getLocale()) : null;
            }
            case "CATEGORY_UPDATED" -> {
                if ((m = CATEGORY_DESCRIPTION.matcher(d)).matches()) {
                    return m.group(1) + " (" + getTranslation("category.description") + ")";
                }
                if ((m = CATEGORY_RENAMED.matcher(d)).matches()) {
                    return m.group(1) + ", " + getTranslation("audit.detail.category.below", Long.parseLong(m.group(2)));
                }
                return null;
            }
            case "CATEGORY_REORDERED" -> {
                if ((m = CATEGORY_POSITION.matcher(d)).matches()) {
                    return getTranslation("audit.detail.category.position", m.group(1), Long.parseLong(m.group(2)));
                }
                return null;
            }
            case "CATEGORY_DELETED" -> {
                if ((m = CATEGORY_DELETED.matcher(d)).matches()) {
                    return m.group(1) + "; " + getTranslation("audit.detail.category.moved",
                            Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(4));
                }
                return null;
            }
            case "TAG_MERGED" -> {
                if ((m = TAG_MERGED.matcher(d)).matches()) {
                    return m.group(1) + " (" + getTranslation("audit.detail.tag.retagged", Long.parseLong(m.group(2)))
                            + ")";
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private String word(String key, String number) {
        return getTranslation(key, Long.parseLong(number));
    }

    private static String orStored(String words, String stored) {
        return words == null ? stored : words;
    }

    /** "title,lead" as the editor's form names the fields, "Titel, Vorspann"; null if one is unknown. */
    private String fieldLabels(String keys) {
        var labels = new java.util.ArrayList<String>();
        for (String key : keys.split(",")) {
            String text = getTranslation("article.field." + key);
            if (text.equals("article.field." + key)) {
                return null;
            }
            labels.add(text);
        }
        return String.join(", ", labels);
    }

    private String deletedDetail(Matcher m) {
        var out = new StringBuilder();
        if (m.group("days") != null) {
            out.append(getTranslation("audit.detail.retention", Long.parseLong(m.group("days")))).append("; ");
        }
        out.append(m.group("title"));
        for (String count : m.group("counts").substring(2).split("; ")) {
            int eq = count.indexOf('=');
            String key = count.substring(0, eq);
            long n = Long.parseLong(count.substring(eq + 1));
            String labelKey = key.equals("revisions") ? "article.trash.delete.revisions" : key;
            String text = getTranslation(labelKey, n);
            out.append("; ").append(text.equals(labelKey) ? count : text);
        }
        return out.toString();
    }

    private String onOff(String stored) {
        return getTranslation(stored.equals("on") ? "audit.detail.on" : "audit.detail.off");
    }

    private String trust(String onOff, String min) {
        return getTranslation("audit.detail.trust", onOff(onOff), Long.parseLong(min));
    }

    /** {@code SurgeSettings.describe()} in words, one entry per setting; null for a shape this does not know. */
    private java.util.List<String> surgeSettings(String described) {
        Matcher m = SURGE_SETTINGS.matcher(described);
        if (!m.matches()) {
            return null;
        }
        String policy = getTranslation("comment.surge.option." + m.group(7));
        if (m.group(8) != null) {
            policy = getTranslation("audit.detail.surge.hot", policy, Long.parseLong(m.group(8)),
                    Long.parseLong(m.group(9)));
        }
        return java.util.List.of(onOff(m.group(1)),
                getTranslation("audit.detail.surge.pending", Long.parseLong(m.group(2))),
                getTranslation("audit.detail.surge.oldest", Long.parseLong(m.group(3))),
                getTranslation("audit.detail.surge.idle", Long.parseLong(m.group(4))),
                getTranslation("audit.detail.surge.lift", Long.parseLong(m.group(5)), Long.parseLong(m.group(6))),
                policy);
    }

    private String surgeOn(Matcher m) {
        if (!SURGE_POLICIES.contains(m.group("policy"))) {
            return null;
        }
        String trigger = getTranslation("comment.surge.trigger." + m.group("trigger"), Long.parseLong(m.group("value")));
        String words = m.group("trigger").equals("PENDING")
                ? getTranslation("audit.detail.threshold", trigger, Long.parseLong(m.group("threshold")))
                : getTranslation("audit.detail.threshold.pending", trigger, Long.parseLong(m.group("threshold")),
                        Long.parseLong(m.group("pending")));
        words += "; " + getTranslation("comment.surge.policy") + ": "
                + getTranslation("comment.surge.option." + m.group("policy"));
        return m.group("closed") == null ? words : words + "; " + getTranslation("audit.detail.closed",
                m.group("closed"));
    }

    private String surgeOff(Matcher m) {
        if (!SURGE_POLICIES.contains(m.group("policy"))) {
            return null;
        }
        String why;
        Matcher calm = SURGE_CALM.matcher(m.group("why"));
        if (m.group("why").equals("guard disabled")) {
            why = getTranslation("audit.detail.disabled");
        } else if (calm.matches()) {
            why = getTranslation("audit.detail.calm", Long.parseLong(calm.group(1)), Long.parseLong(calm.group(2)),
                    Long.parseLong(calm.group(3)), Long.parseLong(calm.group(4)));
        } else {
            return null;
        }
        String words = why + "; " + policySince(m.group("policy"), m.group("since"));
        return m.group("reopened") == null ? words
                : words + "; " + getTranslation("audit.detail.reopened", m.group("reopened"));
    }

    /** "Maßnahme: Neue Kommentare zurückhalten seit 05.12.2026, 10:00:00". */
    private String policySince(String policy, String since) {
        return getTranslation("comment.surge.policy") + ": " + getTranslation("audit.detail.since",
                getTranslation("comment.surge.option." + policy), orStored(instantLabel(since), since));
    }

    private String commenterDetail(Matcher acted) {
        var parts = new java.util.ArrayList<String>();
        if (acted.group("email") != null) {
            parts.add(getTranslation("account.email") + " " + acted.group("email"));
        }
        if (acted.group("client") != null) {
            parts.add(getTranslation("audit.client") + " " + acted.group("client"));
        }
        String who = String.join(", ", parts);
        if (acted.group("until") != null) {
            String until = instantLabel(acted.group("until"));
            who = (who + " " + getTranslation("audit.detail.until", until == null ? acted.group("until") : until))
                    .strip();
        }
        String why = getTranslation("audit.detail.reason", acted.group("why"));
        return who.isEmpty() ? why : who + "; " + why;
    }

    /** "EDITOR,MODERATOR" as "Redaktion, Moderation"; anything else as it is stored. */
    private String roleLabels(String codes) {
        if (codes.isBlank()) {
            return "–";
        }
        if (!ROLE_CODES.matcher(codes).matches()) {
            return codes;
        }
        return java.util.Arrays.stream(codes.split(",")).map(code -> label("role.", code))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private String instantLabel(String iso) {
        try {
            return time(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return null;
        }
    }

    /**
     * Details are stored with codes ("PENDING → APPROVED (bulk); reason SPAM; note: …", "DRAFT -> PUBLISHED"); they
     * are shown in words. What follows "note:" is a person's text and stays exactly as written.
     */
    String detailLabel(String detail) {
        if (detail == null) {
            return "";
        }
        int noteAt = detail.indexOf("; note: ");
        String codes = noteAt < 0 ? detail : detail.substring(0, noteAt);
        var words = new StringBuilder();
        Matcher m = DETAIL_CODE.matcher(codes);
        while (m.find()) {
            String code = m.group();
            String word;
            if (code.startsWith("reason ")) {
                String reason = code.substring("reason ".length());
                word = REASONS.contains(reason) ? getTranslation("comment.reject.reason") + " "
                        + getTranslation("comment.reason." + reason) : code;
            } else if (COMMENT_STATES.contains(code)) {
                word = getTranslation("comment.status." + code);
            } else if (ARTICLE_STATES.contains(code)) {
                word = getTranslation("article.status." + code);
            } else if (code.equals("(bulk)") || code.equals("(reversed)")) {
                word = "(" + getTranslation("audit.detail." + code.substring(1, code.length() - 1)) + ")";
            } else {
                word = "→";
            }
            m.appendReplacement(words, Matcher.quoteReplacement(word));
        }
        m.appendTail(words);
        if (noteAt >= 0) {
            words.append("; ").append(getTranslation("audit.detail.note")).append(": ")
                    .append(detail.substring(noteAt + "; note: ".length()));
        }
        return words.toString();
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
