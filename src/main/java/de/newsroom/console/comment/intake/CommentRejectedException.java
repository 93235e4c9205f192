package de.newsroom.console.comment.intake;

import de.newsroom.console.base.i18n.TranslationProvider;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A submission the intake refuses. {@code kind} picks the HTTP answer; the message and the field errors are
 * translation keys, rendered in the reader's language at the HTTP edge ({@link #message(Locale)},
 * {@link #fieldErrors(Locale)}) and in English for logs and Java callers ({@link #getMessage()}, {@link #fieldErrors()}).
 */
public class CommentRejectedException extends RuntimeException {

    /** What went wrong, as far as the caller needs to know. */
    /** FORBIDDEN: a moderator suspended or banned the commenter (decision 14); PAUSED: the surge guard closed this
     * article's comments for now (decision 17). */
    public enum Kind { INVALID, NOT_FOUND, DUPLICATE, FORBIDDEN, PAUSED }

    /** One field's problem: a translation key and its arguments after the field's label ({@code {0}}). */
    public record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    private static final TranslationProvider TEXTS = new TranslationProvider();

    private final Kind kind;
    private final String messageKey;
    private final Map<String, Problem> problems;
    /** The day a suspension ends, shown in the message as {@code {0}} (null: none). */
    private final ZonedDateTime until;

    public CommentRejectedException(Kind kind, String messageKey, Map<String, Problem> problems) {
        this(kind, messageKey, problems, null);
    }

    /** A refusal whose message names the day of {@code until} as {@code {0}}, e.g. a suspension's end. */
    public CommentRejectedException(Kind kind, String messageKey, Map<String, Problem> problems,
                                    ZonedDateTime until) {
        super(messageFor(messageKey, Locale.ENGLISH, until));
        this.kind = kind;
        this.messageKey = messageKey;
        this.problems = Map.copyOf(problems);
        this.until = until;
    }

    private static String messageFor(String key, Locale locale, ZonedDateTime until) {
        if (until == null) {
            return TEXTS.getTranslation(key, locale);
        }
        Locale language = locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        return TEXTS.getTranslation(key, locale,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(until));
    }

    public Kind kind() {
        return kind;
    }

    /** The field errors in English. */
    public Map<String, String> fieldErrors() {
        return fieldErrors(Locale.ENGLISH);
    }

    /** The field errors in {@code locale}, each naming its field where the language needs it. */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, problem) -> {
            Object[] args = new Object[problem.args().size() + 1];
            args[0] = TEXTS.getTranslation("comment.api.label." + field, locale);
            for (int i = 0; i < problem.args().size(); i++) {
                args[i + 1] = problem.args().get(i);
            }
            texts.put(field, TEXTS.getTranslation(problem.key(), locale, args));
        });
        return texts;
    }

    /** The refusal in {@code locale}. */
    public String message(Locale locale) {
        return messageFor(messageKey, locale, until);
    }

    /** A text of the public comment API in {@code locale} (English when none or another language is asked for). */
    static String text(String key, Locale locale, Object... args) {
        return TEXTS.getTranslation(key, locale, args);
    }
}
