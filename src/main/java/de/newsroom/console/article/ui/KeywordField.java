package de.newsroom.console.article.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.tag.TagRef;
import de.newsroom.console.tag.TagService;
import java.util.LinkedHashSet;
import java.util.stream.Stream;

/**
 * The keyword field of the editor and of the list's quick edit: existing keywords as the editor types (aliases
 * included), and a new name typed with Enter becomes the existing keyword of that name or a new one on save.
 */
final class KeywordField {

    private KeywordField() {
    }

    static void setUp(MultiSelectComboBox<TagRef> tags, TagService tagService) {
        tags.setLabel(tags.getTranslation("article.field.tags"));
        tags.setItemLabelGenerator(TagRef::name);
        tags.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : tagService.search(query.getFilter().orElse(""), query.getLimit()).stream());
        tags.setAllowCustomValue(true);
        // Every chosen keyword stays readable: the chips wrap onto more lines instead of folding into a bare "1".
        tags.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        tags.addCustomValueSetListener(e -> {
            String name = Texts.normalize(e.getDetail());
            if (name != null && !name.isEmpty()) {
                var value = new LinkedHashSet<>(tags.getValue());
                value.add(tagService.findExisting(name).orElse(new TagRef(null, name)));
                tags.setValue(value);
            }
        });
    }
}
