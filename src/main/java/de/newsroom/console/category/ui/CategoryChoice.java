package de.newsroom.console.category.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.category.CategoryNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A category field that takes what was typed: "Kultur" and Enter, or Tab, chooses "News Archiv › Kultur" when it is
 * the one category of that name (or the one whose path contains the text). The combo box highlights a choice only
 * when the typed text equals its whole label, so before, "Kultur" and Enter left the word in the field with no
 * category chosen, and Tab emptied it without a word: the article was saved without its category. Text that fits no
 * category, or several, is marked with a message and chooses nothing.
 */
public final class CategoryChoice {

    private CategoryChoice() {
    }

    /** Lets {@code field} take typed text; {@code tree} gives the categories it offers. */
    public static void takeTyped(ComboBox<CategoryNode> field, Supplier<List<CategoryNode>> tree) {
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> {
            String typed = Texts.normalize(e.getDetail());
            if (typed == null || typed.isEmpty()) {
                return;
            }
            List<CategoryNode> found = match(tree.get(), typed);
            if (found.size() == 1) {
                field.setValue(found.getFirst());
                field.setInvalid(false);
                return;
            }
            field.setErrorMessage(field.getTranslation(found.isEmpty() ? "category.typed.none"
                    : "category.typed.several", typed));
            field.setInvalid(true);
        });
        field.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                field.setInvalid(false);
            }
        });
    }

    /**
     * The categories {@code typed} stands for: those named so (or with that whole path), any case; failing that,
     * those whose path contains it, as the field's list filters.
     */
    static List<CategoryNode> match(List<CategoryNode> tree, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<CategoryNode> named = tree.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)
                || c.displayPath().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (!named.isEmpty()) {
            return named;
        }
        return tree.stream().filter(c -> c.displayPath().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }
}
