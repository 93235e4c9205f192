package de.newsroom.console.audit.ui;

import de.newsroom.console.audit.AuditEntry;
import de.newsroom.console.base.domain.NewsroomZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's stored detail in the admin's words: the codes and English fragments the features write ("roles
 * EDITOR", "from version 3", "PENDING -> APPROVED (bulk)", "SUSPEND; reason: …") read as words in the admin's
 * language, while what a person typed (a reason, a note, a title) stays exactly as written. The CSV keeps the stored
 * text; only the view shows these words. Taken out of {@link AuditView}, which only lays the log out.
 */
final class AuditDetailWords {

    /** A text of the bundles by key, with its parameters (the view's {@code getTranslation}). */
    interface Translation {
        String apply(String key, Object... params);
    }

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
                    return translate.apply("audit.detail.roles", roleLabels(d.substring("roles ".length())));
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
                    return java.util.Arrays.stream(d.split(" ")).map(f -> translate.apply(
                            f.equals("email") ? "account.email" : "account.display_name"))
                            .collect(java.util.stream.Collectors.joining(", "));
                }
            }
            case "COMMENTER_ACTION_LIFTED" -> {
                Matcher lifted = COMMENTER_LIFTED.matcher(d);
                if (lifted.matches()) {
                    return actionLabel("COMMENTER_" + lifted.group("kind")) + "; "
                            + translate.apply("audit.detail.reason", lifted.group("why"));
                }
                Matcher replaced = COMMENTER_REPLACED.matcher(d);
                if (replaced.matches()) {
                    return translate.apply("audit.detail.replaced", actionLabel("COMMENTER_" + replaced.group("kind")));
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
                                + translate.apply("audit.detail.at", when);
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
                    return translate.apply("audit.detail.image.removed");
                }
                return (m = MEDIA.matcher(d)).matches()
                        ? label("audit.target.", "media") + " " + m.group(1) : null;
            }
            case "ARTICLE_PUBLISHED" -> {
                return d.equals("scheduled") ? translate.apply("audit.detail.scheduled")
                        : d.equals("scheduled, published late") ? translate.apply("audit.detail.scheduled.late") : null;
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
                    return translate.apply("audit.detail.dsa", Long.parseLong(m.group(1)),
                            orStored(instantLabel(m.group(2)), m.group(2)), orStored(instantLabel(m.group(3)),
                                    m.group(3)));
                }
                return null;
            }
            case "COMMENT_RULE_ADDED" -> {
                if ((m = RULE_ADDED.matcher(d)).matches()) {
                    String mode = translate.apply(m.group("mode").startsWith("whole")
                            ? "comment.settings.mode.whole" : "comment.settings.mode.part");
                    String words = m.group("word") + " (" + mode + ")";
                    return m.group("except") == null ? words : words + "; "
                            + translate.apply("comment.settings.exceptions") + ": " + m.group("except");
                }
                return null;
            }
            case "COMMENT_BLOCK_ADDED" -> {
                if ((m = BLOCK_ADDED.matcher(d)).matches()) {
                    String kind = m.group(1).equals("CLIENT_HASH") ? translate.apply("audit.client")
                            : translate.apply("comment.settings.kind." + m.group(1));
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
                    return translate.apply("audit.detail.closed", m.group("closed")) + " "
                            + translate.apply("audit.detail.closed.why") + "; " + policySince(m.group("policy"),
                            m.group("since"));
                }
                return null;
            }
            case "LOGIN_FAILURE" -> {
                if ((m = UNKNOWN_USER.matcher(d)).matches()) {
                    return translate.apply("audit.detail.login.unknown", m.group(1));
                }
                return switch (d) {
                    case "bad credentials" -> translate.apply("audit.detail.login.password");
                    case "disabled" -> translate.apply("audit.detail.login.disabled");
                    case "locked" -> translate.apply("audit.detail.login.locked");
                    case "throttled" -> translate.apply("audit.detail.login.throttled");
                    default -> null;
                };
            }
            case "ACCOUNT_LOCKED" -> {
                if ((m = LOCKED_UNTIL.matcher(d)).matches()) {
                    return translate.apply("audit.detail.until", orStored(instantLabel(m.group(1)), m.group(1)));
                }
                return null;
            }
            case "CLIENT_BLOCKED" -> {
                if ((m = FAILED_LOGINS.matcher(d)).matches()) {
                    return translate.apply("audit.detail.login.blocked", Long.parseLong(m.group(1)),
                            Long.parseLong(m.group(2)));
                }
                return null;
            }
            case "LANGUAGE_CHANGED" -> {
                // "Deutsch", "Englisch" in a German log; "German", "English" in an English one.
                return LANGUAGE.matcher(d).matches() ? Locale.forLanguageTag(d).getDisplayLanguage(locale) : null;
            }
            case "CATEGORY_UPDATED" -> {
                if ((m = CATEGORY_DESCRIPTION.matcher(d)).matches()) {
                    return m.group(1) + " (" + translate.apply("category.description") + ")";
                }
                if ((m = CATEGORY_RENAMED.matcher(d)).matches()) {
                    return m.group(1) + ", " + translate.apply("audit.detail.category.below", Long.parseLong(m.group(2)));
                }
                return null;
            }
            case "CATEGORY_REORDERED" -> {
                if ((m = CATEGORY_POSITION.matcher(d)).matches()) {
                    return translate.apply("audit.detail.category.position", m.group(1), Long.parseLong(m.group(2)));
                }
                return null;
            }
            case "CATEGORY_DELETED" -> {
                if ((m = CATEGORY_DELETED.matcher(d)).matches()) {
                    return m.group(1) + "; " + translate.apply("audit.detail.category.moved",
                            Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(4));
                }
                return null;
            }
            case "TAG_MERGED" -> {
                if ((m = TAG_MERGED.matcher(d)).matches()) {
                    return m.group(1) + " (" + translate.apply("audit.detail.tag.retagged", Long.parseLong(m.group(2)))
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
        return translate.apply(key, Long.parseLong(number));
    }

    private static String orStored(String words, String stored) {
        return words == null ? stored : words;
    }

    /** "title,lead" as the editor's form names the fields, "Titel, Vorspann"; null if one is unknown. */
    private String fieldLabels(String keys) {
        var labels = new java.util.ArrayList<String>();
        for (String key : keys.split(",")) {
            String text = translate.apply("article.field." + key);
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
            out.append(translate.apply("audit.detail.retention", Long.parseLong(m.group("days")))).append("; ");
        }
        out.append(m.group("title"));
        for (String count : m.group("counts").substring(2).split("; ")) {
            int eq = count.indexOf('=');
            String key = count.substring(0, eq);
            long n = Long.parseLong(count.substring(eq + 1));
            String labelKey = key.equals("revisions") ? "article.trash.delete.revisions" : key;
            String text = translate.apply(labelKey, n);
            out.append("; ").append(text.equals(labelKey) ? count : text);
        }
        return out.toString();
    }

    private String onOff(String stored) {
        return translate.apply(stored.equals("on") ? "audit.detail.on" : "audit.detail.off");
    }

    private String trust(String onOff, String min) {
        return translate.apply("audit.detail.trust", onOff(onOff), Long.parseLong(min));
    }

    /** {@code SurgeSettings.describe()} in words, one entry per setting; null for a shape this does not know. */
    private java.util.List<String> surgeSettings(String described) {
        Matcher m = SURGE_SETTINGS.matcher(described);
        if (!m.matches()) {
            return null;
        }
        String policy = translate.apply("comment.surge.option." + m.group(7));
        if (m.group(8) != null) {
            policy = translate.apply("audit.detail.surge.hot", policy, Long.parseLong(m.group(8)),
                    Long.parseLong(m.group(9)));
        }
        return java.util.List.of(onOff(m.group(1)),
                translate.apply("audit.detail.surge.pending", Long.parseLong(m.group(2))),
                translate.apply("audit.detail.surge.oldest", Long.parseLong(m.group(3))),
                translate.apply("audit.detail.surge.idle", Long.parseLong(m.group(4))),
                translate.apply("audit.detail.surge.lift", Long.parseLong(m.group(5)), Long.parseLong(m.group(6))),
                policy);
    }

    private String surgeOn(Matcher m) {
        if (!SURGE_POLICIES.contains(m.group("policy"))) {
            return null;
        }
        String trigger = translate.apply("comment.surge.trigger." + m.group("trigger"), Long.parseLong(m.group("value")));
        String words = m.group("trigger").equals("PENDING")
                ? translate.apply("audit.detail.threshold", trigger, Long.parseLong(m.group("threshold")))
                : translate.apply("audit.detail.threshold.pending", trigger, Long.parseLong(m.group("threshold")),
                        Long.parseLong(m.group("pending")));
        words += "; " + translate.apply("comment.surge.policy") + ": "
                + translate.apply("comment.surge.option." + m.group("policy"));
        return m.group("closed") == null ? words : words + "; " + translate.apply("audit.detail.closed",
                m.group("closed"));
    }

    private String surgeOff(Matcher m) {
        if (!SURGE_POLICIES.contains(m.group("policy"))) {
            return null;
        }
        String why;
        Matcher calm = SURGE_CALM.matcher(m.group("why"));
        if (m.group("why").equals("guard disabled")) {
            why = translate.apply("audit.detail.disabled");
        } else if (calm.matches()) {
            why = translate.apply("audit.detail.calm", Long.parseLong(calm.group(1)), Long.parseLong(calm.group(2)),
                    Long.parseLong(calm.group(3)), Long.parseLong(calm.group(4)));
        } else {
            return null;
        }
        String words = why + "; " + policySince(m.group("policy"), m.group("since"));
        return m.group("reopened") == null ? words
                : words + "; " + translate.apply("audit.detail.reopened", m.group("reopened"));
    }

    /** "Maßnahme: Neue Kommentare zurückhalten seit 05.12.2026, 10:00:00". */
    private String policySince(String policy, String since) {
        return translate.apply("comment.surge.policy") + ": " + translate.apply("audit.detail.since",
                translate.apply("comment.surge.option." + policy), orStored(instantLabel(since), since));
    }

    private String commenterDetail(Matcher acted) {
        var parts = new java.util.ArrayList<String>();
        if (acted.group("email") != null) {
            parts.add(translate.apply("account.email") + " " + acted.group("email"));
        }
        if (acted.group("client") != null) {
            parts.add(translate.apply("audit.client") + " " + acted.group("client"));
        }
        String who = String.join(", ", parts);
        if (acted.group("until") != null) {
            String until = instantLabel(acted.group("until"));
            who = (who + " " + translate.apply("audit.detail.until", until == null ? acted.group("until") : until))
                    .strip();
        }
        String why = translate.apply("audit.detail.reason", acted.group("why"));
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
                word = REASONS.contains(reason) ? translate.apply("comment.reject.reason") + " "
                        + translate.apply("comment.reason." + reason) : code;
            } else if (COMMENT_STATES.contains(code)) {
                word = translate.apply("comment.status." + code);
            } else if (ARTICLE_STATES.contains(code)) {
                word = translate.apply("article.status." + code);
            } else if (code.equals("(bulk)") || code.equals("(reversed)")) {
                word = "(" + translate.apply("audit.detail." + code.substring(1, code.length() - 1)) + ")";
            } else {
                word = "→";
            }
            m.appendReplacement(words, Matcher.quoteReplacement(word));
        }
        m.appendTail(words);
        if (noteAt >= 0) {
            words.append("; ").append(translate.apply("audit.detail.note")).append(": ")
                    .append(detail.substring(noteAt + "; note: ".length()));
        }
        return words.toString();
    }

    private final Translation translate;
    private final Locale locale;
    private final NewsroomZone zone;

    AuditDetailWords(Translation translate, Locale locale, NewsroomZone zone) {
        this.translate = translate;
        this.locale = locale;
        this.zone = zone;
    }

    /** The action in the admin's language; a code without a text yet is shown as it is stored (as the view does). */
    String actionLabel(String code) {
        return label("audit.action.", code);
    }

    private String label(String prefix, String code) {
        String key = prefix + code;
        String text = translate.apply(key);
        return key.equals(text) ? code : text;
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone.zoneId()));
    }
}
