package de.newsroom.console.media.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.ui.RowEnter;
import de.newsroom.console.media.MediaException;
import de.newsroom.console.media.MediaImage;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.media.UploadOutcome;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/**
 * The picture library: upload several files at once (drag and drop, progress per file, refusals per file), a lazy
 * list of thumbnails searched by caption, credit and alt text with usage counts, and the edit dialog (texts, focal
 * point, replace, delete when unused).
 */
@Route("media")
@Menu(order = 35, title = "menu.media", icon = "vaadin:picture")
@RolesAllowed({AppRoles.EDITOR, AppRoles.ADMIN})
class MediaLibraryView extends Main implements HasDynamicTitle {

    /**
     * Rows per page: a 900 px window shows about six pictures and the grid renders about ten. Vaadin's grid sends its
     * first page with the view itself; Vaadin's default of 50 put 48 pictures into every page load's document.
     */
    static final int PAGE_SIZE = 24;

    private final transient MediaService media;
    final TextField search = new TextField();
    final Grid<MediaImage> grid = new Grid<>();
    final Div results = new Div();
    final Upload upload;

    MediaLibraryView(MediaService media) {
        this.media = media;
        addClassNames("view", "media-view");
        search.setPlaceholder(getTranslation("media.search"));
        search.setAriaLabel(getTranslation("media.search"));
        // A short placeholder that fits a phone in German; where the search looks goes under the field (before, the
        // placeholder said it and was cut at 390 px).
        search.setHelperText(getTranslation("media.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("media-search");
        search.addClassName("media-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        upload = MediaUploads.create(this, true, this::receive);
        upload.setId("media-upload");
        upload.addClassName("media-upload");
        results.setId("media-upload-results");
        results.addClassName("media-upload-results");
        results.getElement().setAttribute("role", "status");
        results.getElement().setAttribute("aria-live", "polite");
        results.getElement().setAttribute("aria-label", getTranslation("media.upload.results"));

        var intro = new Paragraph(getTranslation("media.intro"));
        intro.addClassName("media-intro");
        add(new H1(getTranslation("menu.media")), intro, upload, results, search, configureGrid());
    }

    private Grid<MediaImage> configureGrid() {
        grid.setId("media-grid");
        grid.setEmptyStateText(getTranslation("media.empty"));
        grid.addClassName("media-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Lit renderers draw on the client: no server component per row. No loading="lazy": the grid renders only
        // the rows in and near view anyway, and lazy loading made the browser wait for a layout before fetching.
        grid.addColumn(LitRenderer.<MediaImage>of("""
                        <img class="media-thumb" src="${item.thumb}" alt="${item.alt}" width="72" height="72">""")
                        .withProperty("thumb", MediaImage::thumbnailUrl)
                        .withProperty("alt", MediaImage::altText))
                .setHeader(getTranslation("media.column.picture")).setKey("picture").setFlexGrow(0).setWidth("96px");
        String noCaption = getTranslation("media.noCaption");
        String noCredit = getTranslation("media.noCredit");
        String noAlt = getTranslation("media.noAlt");
        grid.addColumn(LitRenderer.<MediaImage>of("""
                        <div class="media-details">
                          <div class="media-caption">${item.caption}</div>
                          <div class="media-credit">${item.credit}</div>
                          <div class="media-warning" ?hidden="${item.hasAlt}">${item.noAlt}</div>
                        </div>""")
                        .withProperty("caption", i -> i.caption().isBlank() ? noCaption : i.caption())
                        .withProperty("credit", i -> i.credit().isBlank() ? noCredit : i.credit())
                        .withProperty("hasAlt", i -> !i.altText().isBlank())
                        .withProperty("noAlt", i -> noAlt))
                .setHeader(getTranslation("media.column.details")).setKey("details").setFlexGrow(1);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(i -> numbers.format(i.usage())).setHeader(getTranslation("media.column.usage"))
                .setKey("usage").setFlexGrow(0).setWidth("7.5em").setTextAlign(ColumnTextAlign.END);
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(query -> media.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> media.count(search.getValue()));
        grid.addItemClickListener(e -> edit(e.getItem()));
        // Enter on a focused row opens the picture's texts too (before, the alt text a picture needs before it goes
        // live could not be reached from the keyboard at all).
        RowEnter.opens(grid, this::edit);
        return grid;
    }

    /** One received file: the service decides; the result line is shown and the list refreshed. */
    String receive(String fileName, byte[] bytes) {
        String line;
        String refusal = null;
        // On the upload's own request thread no UI is current, so the language is passed explicitly.
        var locale = MediaUploads.locale(this);
        try {
            UploadOutcome outcome = media.upload(fileName, bytes);
            line = outcome.duplicate()
                    ? getTranslation(locale, "media.duplicate", fileName, MediaTexts.title(this, outcome.image()))
                    : getTranslation(locale, "media.uploaded", fileName);
        } catch (MediaException e) {
            refusal = MediaUploads.message(this, e);
            line = getTranslation(locale, "media.refused", fileName, refusal);
        }
        boolean ok = refusal == null;
        String text = line;
        inUi(() -> {
            var p = new Paragraph(text);
            p.addClassName(ok ? "media-result-ok" : "media-result-refused");
            results.addComponentAsFirst(p);
            grid.getDataProvider().refreshAll();
        });
        return refusal;
    }

    void edit(MediaImage image) {
        media.find(image.id()).ifPresent(current -> new MediaEditDialog(media, current, this::refresh).open());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Uploads arrive on a request thread without the session lock; Karibu calls hold it. */
    private void inUi(Runnable change) {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        if (ui.getSession().hasLock()) {
            change.run();
        } else {
            ui.access(change::run);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.media") + " · " + getTranslation("app.title");
    }
}
