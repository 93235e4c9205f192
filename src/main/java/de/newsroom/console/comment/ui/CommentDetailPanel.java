package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.CommentDetail;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.rules.CommentSettingsService;
import com.vaadin.flow.function.SerializableFunction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.web.util.UriUtils;

/**
 * The selected comment in full. Everything readers wrote goes in with {@code setText}, so it is shown as text and
 * never interpreted as HTML. Admins also get "Block sender", which puts the comment's client on the block list after
 * a confirmation (the service checks the role again).
 */
final class CommentDetailPanel extends Div {

    private final ZoneId zone;
    private final CommentSettingsService blocking;
    private final SerializableFunction<Long, Optional<String>> originals;
    /** Admins only: reveals the reader's text before the newsroom edited it (a new button per comment shown). */
    Button showOriginal = new Button();
    final Paragraph original = new Paragraph();
    final Paragraph body = new Paragraph();
    final Button blockSender = new Button();
    /** Shown above the comment once someone else has decided it: who decided what and when. */
    final Div settled = new Div();
    final Span settledMark = new Span();
    private Long shownId;
    private String shownAuthor;

    /**
     * {@code blocking} is null for users who may not block senders; {@code originals} (a reader's text before the
     * newsroom edited it) is null for users who may not read it.
     */
    CommentDetailPanel(ZoneId zone, CommentSettingsService blocking,
                       SerializableFunction<Long, Optional<String>> originals) {
        this.zone = zone;
        this.blocking = blocking;
        this.originals = originals;
        original.setId("comment-detail-original");
        original.addClassNames("comment-body", "comment-original");
        blockSender.setId("block-sender");
        blockSender.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        blockSender.addClickListener(e -> confirmBlock());
        addClassName("comment-detail");
        setId("comment-detail");
        settledMark.setId("comment-detail-settled-mark");
        settledMark.addClassName("comment-detail-settled-mark");
        settled.setId("comment-detail-settled");
        settled.addClassName("comment-detail-settled");
        settled.getElement().setAttribute("role", "status");
        showNothing();
    }

    void showNothing() {
        shownId = null;
        removeAll();
        var hint = new Paragraph(getTranslation("comment.detail.none"));
        hint.addClassName("comment-detail-empty");
        add(hint);
    }

    void show(CommentDetail d) {
        shownId = d.id();
        shownAuthor = d.authorName();
        removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        var author = new H2();
        author.setText(d.authorName());
        author.addClassName("comment-detail-author");
        var meta = new Span();
        meta.setText(getTranslation("comment.detail.meta", format.format(d.createdAt()),
                getTranslation("comment.status." + d.status().name()),
                d.email() == null ? getTranslation("comment.detail.noemail") : d.email()));
        meta.addClassName("comment-detail-meta");
        add(author, meta);
        if (blocking != null) {
            blockSender.setText(getTranslation("comment.block.action"));
            blockSender.getElement().setAttribute("title", getTranslation("comment.block.hint"));
            add(blockSender);
        }
        if (d.decidedAt() != null) {
            var decided = new Span();
            decided.setText(getTranslation("comment.detail.decided",
                    d.decidedBy() != null ? d.decidedBy() : d.automatic() == null
                            ? getTranslation("comment.decided.system")
                            : getTranslation("comment.decided.automatic." + d.automatic().name()),
                    format.format(d.decidedAt()))
                    + (d.rejectReason() == null ? "" : " · " + getTranslation("comment.reason." + d.rejectReason()))
                    + (d.rejectNote() == null ? "" : " · " + d.rejectNote()));
            decided.addClassName("comment-detail-meta");
            add(decided);
        }
        body.setText(d.body());
        body.addClassName("comment-body");
        body.setId("comment-detail-body");
        add(body);
        if (d.editedByNewsroom()) {
            var edited = new Span(getTranslation("comment.detail.edited"));
            edited.addClassName("comment-detail-meta");
            edited.setId("comment-detail-edited");
            add(edited);
            if (originals != null) {
                long id = d.id();
                showOriginal = new Button(getTranslation("comment.detail.original.show"));
                showOriginal.setId("show-original");
                showOriginal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                showOriginal.getElement().setAttribute("title", getTranslation("comment.detail.original.hint"));
                showOriginal.addClickListener(e -> {
                    original.setText(originals.apply(id).orElse(getTranslation("comment.detail.original.none")));
                    int at = indexOf(showOriginal);
                    remove(showOriginal);
                    addComponentAtIndex(at, original);
                });
                add(showOriginal);
            }
        }
        if (!d.flags().isEmpty()) {
            var flags = new UnorderedList();
            flags.addClassName("comment-detail-flags");
            d.flags().forEach(f -> flags.add(new ListItem(FlagTexts.describe(f, this::getTranslation))));
            add(flags);
        }
        if (!d.reports().isEmpty()) {
            add(new H3(getTranslation("comment.detail.reports", d.openReports(), d.reports().size())));
            var reports = new UnorderedList();
            reports.addClassName("comment-detail-reports");
            reports.setId("comment-detail-reports");
            for (CommentDetail.Report r : d.reports()) {
                reports.add(new ListItem(format.format(r.createdAt()) + " · "
                        + getTranslation("comment.report.reason." + r.reason().name())
                        + (r.text() == null ? "" : ": " + r.text())));
            }
            add(reports);
        }
        var articleHeading = new H3(getTranslation("comment.detail.article"));
        var articleTitle = new Paragraph(d.articleTitle());
        articleTitle.addClassName("comment-detail-article-title");
        var lead = new Paragraph(d.articleLead());
        lead.addClassName("comment-detail-lead");
        add(articleHeading, articleTitle, lead, readerLink(d));
        if (d.parent() != null) {
            var parentHeading = new H3(getTranslation("comment.detail.parent", d.parent().authorName()));
            var parentBody = new Paragraph(d.parent().body());
            parentBody.addClassNames("comment-body", "comment-parent");
            add(parentHeading, parentBody);
        }
        add(new H3(getTranslation("comment.detail.history", d.history().size())));
        if (d.history().isEmpty()) {
            add(new Paragraph(getTranslation("comment.detail.history.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("comment-history");
            for (CommentDetail.HistoryEntry h : d.history()) {
                String decision = getTranslation("comment.status." + h.status().name())
                        + (h.rejectReason() == null ? "" : " (" + getTranslation("comment.reason." + h.rejectReason())
                        + ")");
                var item = new ListItem();
                item.setText(format.format(h.createdAt()) + " · " + decision + " · " + h.articleTitle() + ": "
                        + h.excerpt());
                list.add(item);
            }
            add(list);
        }
    }

    /**
     * Where readers see it: the comment's anchor on the reader page when it is approved (only those are shown
     * there), else the article's comments.
     */
    private Anchor readerLink(CommentDetail d) {
        boolean visible = d.status() == CommentStatus.APPROVED;
        String href = "/read/" + UriUtils.encodePathSegment(d.articleSlug(), StandardCharsets.UTF_8)
                + (visible ? "#comment-" + d.id() : "#comments");
        var link = new Anchor(href, getTranslation(visible ? "comment.detail.reader.comment"
                : "comment.detail.reader.article"));
        link.setTarget(AnchorTarget.BLANK);
        link.setId("comment-detail-reader-link");
        link.addClassName("comment-detail-reader-link");
        return link;
    }

    /**
     * Marks the comment on show as decided elsewhere ({@code mark}: who decided what and when), at the top where the
     * moderator looks first; it stays until another comment is shown.
     */
    void markSettled(String mark) {
        settled.removeAll();
        settledMark.setText(mark);
        var hint = new Span(getTranslation("comment.settled.hint"));
        hint.addClassName("comment-detail-settled-hint");
        settled.add(settledMark, hint);
        addComponentAsFirst(settled);
    }

    boolean isMarkedSettled() {
        return settled.getParent().filter(p -> p == this).isPresent();
    }

    private void confirmBlock() {
        if (shownId == null || blocking == null) {
            return;
        }
        long commentId = shownId;
        String note = getTranslation("comment.block.note", String.valueOf(commentId), shownAuthor);
        var dialog = new ConfirmDialog(getTranslation("comment.block.confirm.title"),
                getTranslation("comment.block.confirm.text"), getTranslation("comment.block.confirm.ok"),
                e -> Notifications.attempt(() -> blocking.blockClientOf(commentId, note),
                        getTranslation("comment.block.done"), IllegalArgumentException.class,
                        refusal -> getTranslation(refusal.getMessage()), getTranslation("comment.block.error.already")));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("comment.action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("block-confirm");
        dialog.open();
    }
}
