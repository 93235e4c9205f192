package de.newsroom.console.comment.intake;

import de.newsroom.console.base.i18n.TranslationProvider;
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
    /** PAUSED: the surge guard closed this article's comments for now (decision 17). */
    public enum Kind { INVALID, NOT_FOUND, DUPLICATE, PAUSED }

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

    public CommentRejectedException(Kind kind, String messageKey, Map<String, Problem> problems) {
        super(TEXTS.getTranslation(messageKey, Locale.ENGLISH));
        this.kind = kind;
        this.messageKey = messageKey;
        this.problems = Map.copyOf(problems);
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
        return TEXTS.getTranslation(messageKey, locale);
    }

    /** A text of the public comment API in {@code locale} (English when none or another language is asked for). */
    static String text(String key, Locale locale, Object... args) {
        return TEXTS.getTranslation(key, locale, args);
    }
}
