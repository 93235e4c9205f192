package de.newsroom.console.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.newsroom.console.base.ui.RowEnter;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import java.util.function.Consumer;

/**
 * Picks one picture from the library (searched like the library itself). Other features open it, e.g. the article
 * editor for the featured image; the chosen picture goes to {@code onPick}.
 */
public class MediaPickerDialog extends Dialog {

    final TextField search = new TextField();
    final Grid<MediaImage> grid = new Grid<>();
    private boolean picked;

    public MediaPickerDialog(MediaService media, Consumer<MediaImage> onPick) {
        setHeaderTitle(getTranslation("media.pick.title"));
        setId("media-picker");
        setWidth("min(44rem, 100vw)");
        setHeight("min(40rem, 90vh)");
        search.setPlaceholder(getTranslation("media.search"));
        search.setAriaLabel(getTranslation("media.search"));
        // A short placeholder that fits a phone in German; where the search looks goes under the field (before, the
        // placeholder said it and was cut at 390 px).
        search.setHelperText(getTranslation("media.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setId("media-picker-search");
        // The cursor in the search, as in the other dialogs: typing finds the picture at once (before, the focus was
        // on the dialog and the typed words went nowhere).
        search.setAutofocus(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("media-picker-grid");
        grid.setEmptyStateText(getTranslation("media.pick.empty", getTranslation("menu.media")));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<MediaImage>of("""
                        <img class="media-thumb" src="${item.thumb}" alt="${item.alt}" loading="lazy"
                             width="72" height="72">""")
                        .withProperty("thumb", MediaImage::thumbnailUrl)
                        .withProperty("alt", MediaImage::altText))
                .setHeader(getTranslation("media.column.picture")).setFlexGrow(0).setWidth("96px");
        grid.addColumn(i -> MediaTexts.title(this, i) + (i.credit().isBlank() ? "" : " · " + i.credit()))
                .setHeader(getTranslation("media.column.details")).setFlexGrow(1);
        grid.setItems(q -> media.list(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> media.count(search.getValue()));
        grid.setSizeFull();
        // A click, or Space on a focused row (the keyboard selects without a click event): whichever comes first.
        grid.addItemClickListener(e -> pick(e.getItem(), onPick));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().filter(i -> e.isFromClient())
                .ifPresent(i -> pick(i, onPick)));
        // Enter on a focused row picks it too, as Enter opens a row in the article list (before, Enter only put the
        // grid into its cell mode, and only Space, which nothing mentions, took the picture).
        RowEnter.opens(grid, i -> pick(i, onPick));
        add(search, grid);
        getFooter().add(new Button(getTranslation("media.cancel"), e -> close()));
    }

    private void pick(MediaImage image, Consumer<MediaImage> onPick) {
        if (picked) {
            return;
        }
        picked = true;
        onPick.accept(image);
        close();
    }
}
