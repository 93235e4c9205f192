package de.newsroom.console.article;

import java.util.List;

/**
 * A status move refused because fields are empty that the target status needs: names every missing field at once
 * ({@code title}, {@code lead}, {@code body}, {@code categoryId}, in form order), so the editor can fill them all
 * before trying again instead of learning about them one refusal at a time.
 */
public class ArticleIncompleteException extends ArticleWorkflowException {

    private final ArticleStatus target;
    private final List<String> missingFields;

    ArticleIncompleteException(ArticleStatus target, List<String> missingFields) {
        super(missingFields.getFirst(), "article.error.incomplete." + target.name(), List.of());
        this.target = target;
        this.missingFields = List.copyOf(missingFields);
    }

    /** The status the article was to move to. */
    public ArticleStatus target() {
        return target;
    }

    /** The empty fields the move needs, never empty. */
    public List<String> missingFields() {
        return missingFields;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + missingFields;
    }
}
