package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
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
import de.newsroom.console.base.ui.CancelFirst;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.CommentDetail;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.rules.CommentSettingsService;
import com.vaadin.flow.function.SerializableFunction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.web.util.UriUtils;

/**
 * The selected comment in full. Everything readers wrote goes in with {@code setText}, so it is shown as text and
 * never interpreted as HTML. Admins also get "Block sender", which puts the comment's client on the block list after
 * a confirmation (the service checks the role again).
 * <p>
 * The panel's elements are built once and only their texts change from one comment to the next (parts a comment
 * lacks are hidden, list items reused): building the panel anew on every A sent the browser a new subtree of some
 * 40 elements per key press, which it created, styled and laid out again (issue 18, decision 0026).
 */
final class CommentDetailPanel extends Div {

    private final ZoneId zone;
    private final CommentSettingsService blocking;
    private final SerializableFunction<Long, Optional<String>> originals;
    /** Admins only: reveals the reader's text before the newsroom edited it. */
    final Button showOriginal = new Button();
    final Paragraph original = new Paragraph();
    final Paragraph body = new Paragraph();
    final Button blockSender = new Button();
    /** Shown above the comment once someone else has decided it: who decided what and when. */
    final Div settled = new Div();
    final Span settledMark = new Span();
    private final Span settledHint = new Span();
    private final Paragraph empty = new Paragraph();
    private final H2 author = new H2();
    private final Span meta = new Span();
    private final Span decided = new Span();
    private final Span edited = new Span();
    private final UnorderedList flags = new UnorderedList();
    private final H3 reportsHeading = new H3();
    private final UnorderedList reports = new UnorderedList();
    private final Paragraph articleTitle = new Paragraph();
    private final Paragraph lead = new Paragraph();
    private final Anchor readerLink = new Anchor();
    private final H3 parentHeading = new H3();
    private final Paragraph parentBody = new Paragraph();
    private final H3 historyHeading = new H3();
    private final Paragraph historyNone = new Paragraph();
    private final UnorderedList history = new UnorderedList();
    /** Everything but the empty hint, in the order shown. */
    private final List<Component> parts = new ArrayList<>();
    /** The parts every comment has. */
    private final List<Component> always = new ArrayList<>();
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
        addClassName("comment-detail");
        setId("comment-detail");
        settledMark.setId("comment-detail-settled-mark");
        settledMark.addClassName("comment-detail-settled-mark");
        settledHint.addClassName("comment-detail-settled-hint");
        settled.setId("comment-detail-settled");
        settled.addClassName("comment-detail-settled");
        settled.getElement().setAttribute("role", "status");
        settled.add(settledMark, settledHint);
        empty.setText(getTranslation("comment.detail.none"));
        empty.addClassName("comment-detail-empty");
        author.addClassName("comment-detail-author");
        meta.addClassName("comment-detail-meta");
        decided.addClassName("comment-detail-meta");
        body.addClassName("comment-body");
        body.setId("comment-detail-body");
        edited.setText(getTranslation("comment.detail.edited"));
        edited.addClassName("comment-detail-meta");
        edited.setId("comment-detail-edited");
        flags.addClassName("comment-detail-flags");
        reports.addClassName("comment-detail-reports");
        reports.setId("comment-detail-reports");
        var articleHeading = new H3(getTranslation("comment.detail.article"));
        articleTitle.addClassName("comment-detail-article-title");
        lead.addClassName("comment-detail-lead");
        readerLink.setTarget(AnchorTarget.BLANK);
        readerLink.setId("comment-detail-reader-link");
        readerLink.addClassName("comment-detail-reader-link");
        parentBody.addClassNames("comment-body", "comment-parent");
        historyNone.setText(getTranslation("comment.detail.history.none"));
        history.addClassName("comment-history");
        parts.addAll(List.of(author, meta));
        if (blocking != null) {
            blockSender.setId("block-sender");
            blockSender.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
            blockSender.addClickListener(e -> confirmBlock());
            blockSender.setText(getTranslation("comment.block.action"));
            blockSender.getElement().setAttribute("title", getTranslation("comment.block.hint"));
            parts.add(blockSender);
        }
        parts.addAll(List.of(decided, body, edited));
        if (originals != null) {
            showOriginal.setText(getTranslation("comment.detail.original.show"));
            showOriginal.setId("show-original");
            showOriginal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            showOriginal.getElement().setAttribute("title", getTranslation("comment.detail.original.hint"));
            showOriginal.addClickListener(e -> revealOriginal());
            original.setId("comment-detail-original");
            original.addClassNames("comment-body", "comment-original");
            parts.addAll(List.of(showOriginal, original));
        }
        parts.addAll(List.of(flags, reportsHeading, reports, articleHeading, articleTitle, lead, readerLink,
                parentHeading, parentBody, historyHeading, historyNone, history));
        always.addAll(List.of(author, meta, body, articleHeading, articleTitle, lead, readerLink, historyHeading));
        if (blocking != null) {
            always.add(blockSender);
        }
        add(empty);
        parts.forEach(this::add);
        showNothing();
    }

    void showNothing() {
        shownId = null;
        getElement().removeAttribute("data-comment");
        settled.removeFromParent();
        empty.setVisible(true);
        parts.forEach(part -> part.setVisible(false));
        // Hidden is not gone: nothing of the last comment stays in the page.
        for (HasText text : List.<HasText>of(author, meta, decided, body, original, reportsHeading, articleTitle, lead,
                readerLink, parentHeading, parentBody, historyHeading)) {
            text.setText("");
        }
        for (UnorderedList list : List.of(flags, reports, history)) {
            list.removeAll();
        }
    }

    void show(CommentDetail d) {
        shownId = d.id();
        shownAuthor = d.authorName();
        settled.removeFromParent();
        // The comment's id, for the page (and the benchmark) to tell one comment's panel from the next.
        getElement().setAttribute("data-comment", String.valueOf(d.id()));
        empty.setVisible(false);
        always.forEach(part -> part.setVisible(true));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        author.setText(d.authorName());
        meta.setText(getTranslation("comment.detail.meta", format.format(d.createdAt()),
                getTranslation("comment.status." + d.status().name()),
                d.email() == null ? getTranslation("comment.detail.noemail") : d.email()));
        showText(decided, d.decidedAt() == null ? null : getTranslation("comment.detail.decided",
                d.decidedBy() != null ? d.decidedBy() : d.automatic() == null
                        ? getTranslation("comment.decided.system")
                        : getTranslation("comment.decided.automatic." + d.automatic().name()),
                format.format(d.decidedAt()))
                + (d.rejectReason() == null ? "" : " · " + getTranslation("comment.reason." + d.rejectReason()))
                + (d.rejectNote() == null ? "" : " · " + d.rejectNote()));
        body.setText(d.body());
        edited.setVisible(d.editedByNewsroom());
        showOriginal.setVisible(d.editedByNewsroom());
        original.setText("");
        original.setVisible(false);
        items(flags, d.flags().stream().map(f -> FlagTexts.describe(f, this::getTranslation)).toList());
        reportsHeading.setVisible(!d.reports().isEmpty());
        reportsHeading.setText(d.reports().isEmpty() ? ""
                : getTranslation("comment.detail.reports", d.openReports(), d.reports().size()));
        items(reports, d.reports().stream().map(r -> format.format(r.createdAt()) + " · "
                + getTranslation("comment.report.reason." + r.reason().name())
                + (r.text() == null ? "" : ": " + r.text())).toList());
        articleTitle.setText(d.articleTitle());
        lead.setText(d.articleLead());
        readerLink(d);
        showText(parentHeading, d.parent() == null ? null
                : getTranslation("comment.detail.parent", d.parent().authorName()));
        showText(parentBody, d.parent() == null ? null : d.parent().body());
        historyHeading.setText(getTranslation("comment.detail.history", d.history().size()));
        historyNone.setVisible(d.history().isEmpty());
        items(history, d.history().stream().map(h -> format.format(h.createdAt()) + " · "
                + getTranslation("comment.status." + h.status().name())
                + (h.rejectReason() == null ? "" : " (" + getTranslation("comment.reason." + h.rejectReason()) + ")")
                + " · " + h.articleTitle() + ": " + h.excerpt()).toList());
    }

    // Shown with {@code text}, or hidden and emptied when there is none.
    private static void showText(Component part, String text) {
        ((HasText) part).setText(text == null ? "" : text);
        part.setVisible(text != null);
    }

    // The list's items get the texts in order: existing items are reused, missing ones added, extra ones removed.
    private static void items(UnorderedList list, List<String> texts) {
        List<ListItem> have = list.getChildren().map(ListItem.class::cast).toList();
        for (int i = 0; i < texts.size(); i++) {
            if (i < have.size()) {
                have.get(i).setText(texts.get(i));
            } else {
                list.add(new ListItem(texts.get(i)));
            }
        }
        for (int i = have.size() - 1; i >= texts.size(); i--) {
            list.remove(have.get(i));
        }
        list.setVisible(!texts.isEmpty());
    }

    private void revealOriginal() {
        if (shownId == null || originals == null) {
            return;
        }
        original.setText(originals.apply(shownId).orElse(getTranslation("comment.detail.original.none")));
        original.setVisible(true);
        showOriginal.setVisible(false);
    }

    /**
     * Where readers see it: the comment's anchor on the reader page when it is approved (only those are shown
     * there), else the article's comments.
     */
    private void readerLink(CommentDetail d) {
        boolean visible = d.status() == CommentStatus.APPROVED;
        readerLink.setHref("/read/" + UriUtils.encodePathSegment(d.articleSlug(), StandardCharsets.UTF_8)
                + (visible ? "#comment-" + d.id() : "#comments"));
        readerLink.setText(getTranslation(visible ? "comment.detail.reader.comment"
                : "comment.detail.reader.article"));
    }

    /**
     * Marks the comment on show as decided elsewhere ({@code mark}: who decided what and when), at the top where the
     * moderator looks first; it stays until another comment is shown.
     */
    void markSettled(String mark) {
        settledMark.setText(mark);
        settledHint.setText(getTranslation("comment.settled.hint"));
        if (!isMarkedSettled()) {
            addComponentAsFirst(settled);
        }
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
        // As every red confirmation: the cursor waits on Cancel, so an Enter out of habit blocks nobody (before,
        // the focus was on "Kommentierende sperren").
        CancelFirst.apply(dialog);
        dialog.setId("block-confirm");
        dialog.open();
    }
}
