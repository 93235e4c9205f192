package de.newsroom.console.comment.ui;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored flag ({@code code: reason}, written in English by the intake) in the moderator's language: the badge label
 * and the reason, with the commenter's words and the numbers taken over as they are. A reason of an unknown shape is
 * shown as stored.
 */
final class FlagTexts {

    private static final Pattern LINKS = Pattern.compile("(\\d+) links \\(more than (\\d+)\\)");
    private static final Pattern BLOCKED_NAME = Pattern.compile("name '(.*)' is on the block list");
    private static final Pattern BLOCKED_EMAIL = Pattern.compile("e-mail '(.*)' is on the block list");
    private static final Pattern REPORTED = Pattern.compile("(\\d+) reports");
    private static final Pattern BLOCKED_WORD = Pattern.compile("(.*) \\(in '(.*)'\\)");

    private FlagTexts() {
    }

    /** A flag's code ({@code links} of {@code links:2 Links}), which names its badge style and label. */
    static String code(String flag) {
        int colon = flag.indexOf(':');
        return colon > 0 ? flag.substring(0, colon) : flag;
    }

    /** The flag as one line: translated label, then the translated reason. */
    static String describe(String flag, BiFunction<String, Object[], String> translate) {
        String code = code(flag);
        String label = translate.apply("comment.flag." + code, new Object[0]);
        return label + ": " + reason(flag, translate);
    }

    /** The reason alone, translated where its shape is known. */
    static String reason(String flag, BiFunction<String, Object[], String> translate) {
        String code = code(flag);
        int colon = flag.indexOf(':');
        String reason = colon > 0 ? flag.substring(colon + 1).strip() : "";
        Matcher m;
        switch (code) {
            case "first-comment" -> {
                return translate.apply("comment.flag.reason.first-comment", new Object[0]);
            }
            case "surge-hold" -> {
                return translate.apply("comment.flag.reason.surge-hold", new Object[0]);
            }
            case "links" -> {
                if ((m = LINKS.matcher(reason)).matches()) {
                    return translate.apply("comment.flag.reason.links", new Object[] {m.group(1), m.group(2)});
                }
            }
            case "blocked-author" -> {
                if ((m = BLOCKED_NAME.matcher(reason)).matches()) {
                    return translate.apply("comment.flag.reason.blocked-name", new Object[] {m.group(1)});
                }
                if ((m = BLOCKED_EMAIL.matcher(reason)).matches()) {
                    return translate.apply("comment.flag.reason.blocked-email", new Object[] {m.group(1)});
                }
                if (reason.equals("client is on the block list")) {
                    return translate.apply("comment.flag.reason.blocked-client", new Object[0]);
                }
            }
            case "blocked-word" -> {
                if ((m = BLOCKED_WORD.matcher(reason)).matches()) {
                    return translate.apply("comment.flag.reason.blocked-word", new Object[] {m.group(1), m.group(2)});
                }
            }
            case "reported" -> {
                if ((m = REPORTED.matcher(reason)).matches()) {
                    return translate.apply("comment.flag.reason.reported", new Object[] {Integer.valueOf(m.group(1))});
                }
            }
            default -> {
                return reason;
            }
        }
        return reason;
    }
}
