package de.newsroom.console.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.newsroom.console.article.ArticleDraft;
import de.newsroom.console.article.Byline;
import de.newsroom.console.article.ArticleIncompleteException;
import de.newsroom.console.article.ArticleWorkflowException;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.ui.CategoryChoice;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import de.newsroom.console.tag.keyword.KeywordSuggestionService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The article's fields with their validation; bound to an {@link ArticleFormData}, never to a live entity. */
class ArticleForm extends FormLayout {

    // A text area of one row that grows: a 200-character headline stays readable in full at 1440 and at 390 px,
    // where a text field cut it after some 60 or 40 characters. It stays one line of text (see oneLine).
    final TextArea title = new TextArea();
    final TextField slug = new TextField();
    final TextArea lead = new TextArea();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final MultiSelectComboBox<TagRef> tags = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Byline> bylines = new MultiSelectComboBox<>();
    final Checkbox commentsOpen = new Checkbox();
    final TextArea body = new TextArea();
    final Binder<ArticleFormData> binder = new Binder<>();

    private final List<CategoryNode> tree;
    private final TagService tagService;
    // The accounts plus the free names typed or loaded so far: a free name must be an item to be shown as chosen.
    private final List<Byline> bylineItems;
    private final ListDataProvider<Byline> bylineProvider;
    final KeywordSuggestionsPanel suggestions;
    final Div suggestionChips;

    ArticleForm(List<CategoryNode> tree, TagService tagService, KeywordSuggestionService suggestions,
                List<Byline> bylineAccounts) {
        this.tree = tree;
        this.tagService = tagService;
        this.bylineItems = new ArrayList<>(bylineAccounts);
        this.bylineProvider = new ListDataProvider<>(bylineItems);
        addClassName("article-form");
        title.setLabel(getTranslation("article.field.title"));
        title.setId("article-title");
        title.setMaxLength(TextLimits.ARTICLE_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setMinRows(1);
        oneLine(title);
        slug.setLabel(getTranslation("article.field.slug"));
        slug.setId("article-slug");
        slug.setMaxLength(TextLimits.ARTICLE_SLUG);
        slug.setHelperText(getTranslation("article.field.slug.help"));
        lead.setLabel(getTranslation("article.field.lead"));
        lead.setId("article-lead");
        lead.setMaxLength(TextLimits.ARTICLE_LEAD);
        category.setLabel(getTranslation("article.field.category"));
        category.setId("article-category");
        category.setItems(tree);
        category.setItemLabelGenerator(CategoryNode::displayPath);
        category.setClearButtonVisible(true);
        // "Kultur" and Enter or Tab chooses "News Archiv › Kultur" (before, nothing, and the article lost its category).
        CategoryChoice.takeTyped(category, () -> tree);
        KeywordField.setUp(tags, tagService);
        tags.setId("article-tags");
        tags.setHelperText(getTranslation("article.field.tags.help"));
        bylines.setLabel(getTranslation("article.field.bylines"));
        bylines.setId("article-bylines");
        bylines.setHelperText(getTranslation("article.field.bylines.help"));
        bylines.setItemLabelGenerator(Byline::name);
        bylines.setItems(bylineProvider);
        bylines.setAllowCustomValue(true);
        bylines.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        bylines.addCustomValueSetListener(e -> {
            String name = Texts.normalize(e.getDetail());
            if (name != null && !name.isEmpty()) {
                var value = new LinkedHashSet<>(bylines.getValue());
                value.add(Byline.free(name));
                setBylines(value);
            }
        });
        commentsOpen.setLabel(getTranslation("article.field.commentsOpen"));
        commentsOpen.setId("article-comments-open");
        body.setLabel(getTranslation("article.field.body"));
        body.setId("article-body");
        body.setMaxLength(TextLimits.ARTICLE_BODY);
        body.setHelperText(getTranslation("article.field.body.help"));
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(300);
        body.addClassName("article-body-field");
        for (var f : List.of(title, lead)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1));
        this.suggestions = new KeywordSuggestionsPanel(suggestions, tagService, tags, () ->
                new KeywordSuggestionsPanel.Text(title.getValue(), lead.getValue(), body.getValue()));
        this.suggestionChips = this.suggestions.chips;
        for (var f : List.of(title, lead, body)) {
            f.addValueChangeListener(e -> this.suggestions.textChanged());
        }
        // In the order of the work, which is also the order of Tab: the headline, the lead, the text, then the rest
        // (address, byline, category, keywords suggested from the text just written, comments). Before, the body came
        // last, after seven other fields and the suggestion chips.
        add(title, lead, body, slug, bylines, category, tags, this.suggestions, commentsOpen);

        binder.forField(title).withValidator(text(1, TextLimits.ARTICLE_TITLE, "article.error.required.title"))
                .bind(ArticleFormData::getTitle, ArticleFormData::setTitle);
        binder.forField(slug).withValidator(text(0, TextLimits.ARTICLE_SLUG, null))
                .bind(ArticleFormData::getSlug, ArticleFormData::setSlug);
        binder.forField(lead).withValidator(text(0, TextLimits.ARTICLE_LEAD, null))
                .bind(ArticleFormData::getLead, ArticleFormData::setLead);
        binder.forField(category).bind(ArticleFormData::getCategory, ArticleFormData::setCategory);
        binder.forField(tags).withValidator(t -> t.size() <= 20, getTranslation("article.error.tags.toomany", 20))
                .bind(ArticleFormData::getTags, ArticleFormData::setTags);
        binder.forField(bylines)
                .withValidator(b -> !b.isEmpty(), getTranslation("article.error.bylines.empty"))
                .withValidator(b -> b.stream().allMatch(x -> x.isAccount()
                                || x.name().codePointCount(0, x.name().length()) <= Byline.MAX_NAME),
                        getTranslation("article.error.byline.invalid", Byline.MAX_NAME))
                .bind(ArticleFormData::getBylines, ArticleFormData::setBylines);
        binder.forField(commentsOpen).bind(ArticleFormData::isCommentsOpen, ArticleFormData::setCommentsOpen);
        binder.forField(body).withValidator(text(0, TextLimits.ARTICLE_BODY, null))
                .bind(ArticleFormData::getBody, ArticleFormData::setBody);
    }

    /**
     * Puts a draft's content into the fields as if typed (the form counts as changed, nothing is saved): a working
     * copy being restored. A category deleted meanwhile is left empty; keyword names become their tags where known.
     */
    void fill(ArticleDraft draft) {
        title.setValue(draft.title());
        slug.setValue(draft.slug());
        lead.setValue(draft.lead());
        category.setValue(tree.stream().filter(n -> n.id().equals(draft.categoryId())).findFirst().orElse(null));
        var refs = new LinkedHashSet<TagRef>();
        for (String name : draft.tagNames()) {
            refs.add(tagService.findExisting(name).orElse(new TagRef(null, name)));
        }
        tags.setValue(refs);
        if (draft.bylines() != null) {
            setBylines(draft.bylines());
        }
        commentsOpen.setValue(draft.commentsOpen());
        body.setValue(draft.body());
    }

    /**
     * Keeps a text area to one line of text: Enter adds no line break (the browser's keydown is cancelled), and line
     * breaks that arrive anyway (pasted) become single spaces.
     */
    private static void oneLine(TextArea field) {
        field.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key === 'Enter' && !e.isComposing && !e.ctrlKey && !e.metaKey) e.preventDefault();
                });""");
        field.addValueChangeListener(e -> {
            String value = e.getValue();
            if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
                field.setValue(value.replaceAll("[ \\t]*\\R[\\s]*", " "));
            }
        });
    }

    /** Chooses {@code chosen}, in order, making free names items first. */
    void setBylines(java.util.Collection<Byline> chosen) {
        boolean added = false;
        for (Byline b : chosen) {
            if (!bylineItems.contains(b)) {
                bylineItems.add(b);
                added = true;
            }
        }
        if (added) {
            bylineProvider.refreshAll();
        }
        bylines.setValue(new LinkedHashSet<>(chosen));
    }

    /** The typed fields, whose focus loss keeps the working copy (the combo boxes change on selection). */
    List<com.vaadin.flow.component.Component> textFields() {
        return List.of(title, slug, lead, body);
    }

    /** Shows a refusal from the service on the field it belongs to; false if it belongs to no field. */
    boolean showOnField(ArticleWorkflowException e) {
        if (fieldFor(e.field()) instanceof HasValidation v) {
            v.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            v.setInvalid(true);
            return true;
        }
        return false;
    }

    /**
     * Marks every field a refused status move needs, each with its own message; the marks go once the field is
     * filled in (the binder validates it again on change).
     */
    void showMissing(ArticleIncompleteException e) {
        for (String name : e.missingFields()) {
            if (fieldFor(name) instanceof HasValidation v) {
                v.setErrorMessage(getTranslation("article.error.required." + ("categoryId".equals(name) ? "category" : name)));
                v.setInvalid(true);
            }
        }
        focusFirstInvalid();
    }

    /**
     * Puts the cursor in the first marked field, in form order, scrolled to the top of what shows the form: the
     * category, say, lies below a long text, and a refusal that names it should not leave the editor searching for
     * its mark. At the top, because the refusal's note stands in the middle of the window (a plain focus scrolled
     * the category there on a phone, under the note).
     */
    void focusFirstInvalid() {
        getChildren().filter(c -> c instanceof HasValidation v && v.isInvalid())
                .filter(c -> c instanceof com.vaadin.flow.component.Focusable<?>)
                .findFirst().ifPresent(c -> c.getElement().executeJs(
                        "this.scrollIntoView({block: 'start'}); this.focus();"));
    }

    /** The form field for a field name the service uses, or null. */
    private Component fieldFor(String name) {
        return switch (name == null ? "" : name) {
            case "title" -> title;
            case "slug" -> slug;
            case "lead" -> lead;
            case "body" -> body;
            case "categoryId" -> category;
            case "tags" -> tags;
            case "bylines" -> bylines;
            default -> null;
        };
    }

    // Lengths count code points, so an emoji is one character, as in the database check.
    private Validator<String> text(int min, int max, String requiredKey) {
        return (value, ctx) -> {
            TextProblem problem = Texts.check(Texts.normalize(value == null ? "" : value), min, max);
            return switch (problem) {
                case OK -> ValidationResult.ok();
                case TOO_SHORT -> ValidationResult.error(getTranslation(requiredKey));
                case TOO_LONG -> ValidationResult.error(getTranslation("article.error.toolong", max));
                case UNSTORABLE -> ValidationResult.error(getTranslation("article.error.unstorable"));
            };
        };
    }
}
