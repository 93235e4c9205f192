package de.newsroom.console.tag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.newsroom.console.tag.TagAdminService;
import de.newsroom.console.tag.TagUsage;
import java.util.Comparator;
import java.util.List;

/** Merges the selected tags into the one the editor picks; the most used one is proposed. */
class TagMergeDialog extends Dialog {

    final RadioButtonGroup<TagUsage> survivor = new RadioButtonGroup<>();

    TagMergeDialog(TagAdminService admin, List<TagUsage> tags, Runnable afterMerge) {
        setHeaderTitle(getTranslation("tag.merge.title", tags.size()));
        survivor.setLabel(getTranslation("tag.merge.survivor"));
        survivor.setItems(tags);
        survivor.setItemLabelGenerator(t -> getTranslation("tag.merge.option", t.name(), t.usage()));
        survivor.setValue(tags.stream().max(Comparator.comparingLong(TagUsage::usage)).orElse(null));
        survivor.setId("tag-merge-survivor");
        add(new Paragraph(getTranslation("tag.merge.text")), survivor);

        var confirm = new Button(getTranslation("tag.merge"), e -> {
            TagUsage keep = survivor.getValue();
            if (keep == null) {
                survivor.setInvalid(true);
                return;
            }
            List<Long> others = tags.stream().map(TagUsage::id).filter(id -> !id.equals(keep.id())).toList();
            TagActions.attempt(this, () -> admin.merge(keep.id(), others),
                    getTranslation("tag.merged", others.size(), keep.name()));
            close();
            afterMerge.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("tag-merge-confirm");
        getFooter().add(new Button(getTranslation("tag.cancel"), e -> close()), confirm);
    }
}
