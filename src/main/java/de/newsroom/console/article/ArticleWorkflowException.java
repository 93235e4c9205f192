package de.newsroom.console.article;

import java.util.List;

/**
 * A request the article's rules refuse: an illegal status move, publishing without a category, a schedule in the
 * past, an input that does not fit. Carries a translation key and its arguments for the UI; {@code field} names the
 * form field at fault, if any.
 */
public class ArticleWorkflowException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient List<Object> args;

    public ArticleWorkflowException(String messageKey, Object... args) {
        this(null, messageKey, List.of(args));
    }

    /** A refusal that belongs to one form field. */
    public static ArticleWorkflowException onField(String field, String messageKey, Object... args) {
        return new ArticleWorkflowException(field, messageKey, List.of(args));
    }

    protected ArticleWorkflowException(String field, String messageKey, List<Object> args) {
        super(messageKey + (args.isEmpty() ? "" : " " + args));
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field at fault ({@code title}, {@code lead}, ...), or null. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.toArray();
    }
}
