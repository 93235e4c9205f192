package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.ui.Notifications;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.NewsroomReplyService;
import de.newsroom.console.comment.QueueRow;
import java.text.NumberFormat;

/**
 * "Reply as the newsroom" under the comment on screen: the reply is published at once, signed with the newsroom's
 * name. Keys typed here stay here: the form stops their keydown before it reaches the queue, so an "a" in a reply
 * approves nothing; Ctrl+Enter sends. Only published comments can be answered; for the others the form says why.
 */
final class ReplyForm extends Div {

    final TextArea text = new TextArea();
    final Button send = new Button();
    final Span count = new Span();
    final Paragraph unavailable = new Paragraph();
    private final transient NewsroomReplyService replies;
    private final Details details = new Details();
    private QueueRow row;

    ReplyForm(NewsroomReplyService replies) {
        this.replies = replies;
        setId("reply-form");
        addClassName("reply-form");
        text.setLabel(getTranslation("comment.reply.text", replies.newsroomName()));
        text.setHelperText(getTranslation("comment.reply.help"));
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setId("reply-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(250);
        text.addValueChangeListener(e -> updateCount());
        count.setId("reply-count");
        count.addClassName("reply-count");
        count.getElement().setAttribute("aria-live", "polite");
        send.setText(getTranslation("comment.reply.send"));
        send.setId("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        send.addClickListener(e -> send());
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        unavailable.setId("reply-unavailable");
        unavailable.addClassName("reply-unavailable");
        var footer = new Div(send, count);
        footer.addClassName("reply-footer");
        details.setSummaryText(getTranslation("comment.reply.title"));
        details.add(text, footer, unavailable);
        details.setId("reply-details");
        add(details);
        show(null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // The queue's single-key shortcuts listen on an ancestor: keys typed in the reply must not reach them.
        getElement().executeJs("if (!this.__replyKeys) { this.__replyKeys = true;"
                + " this.addEventListener('keydown', e => e.stopPropagation()); }");
    }

    /** The comment the reply would answer (null: none on screen). */
    void show(QueueRow shown) {
        row = shown;
        boolean published = shown != null && shown.status() == CommentStatus.APPROVED;
        setVisible(shown != null);
        text.setEnabled(published);
        send.setEnabled(published);
        unavailable.setVisible(shown != null && !published);
        unavailable.setText(getTranslation("comment.reply.error.not_published"));
        text.setInvalid(false);
        updateCount();
    }

    private void updateCount() {
        int used = Texts.codePointLength(Texts.normalize(text.getValue()));
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        count.setText(getTranslation("comment.reply.count", numbers.format(used),
                numbers.format(TextLimits.COMMENT_BODY)));
        count.getElement().getClassList().set("reply-count-over", used > TextLimits.COMMENT_BODY);
    }

    void send() {
        if (row == null) {
            return;
        }
        try {
            replies.reply(row.id(), text.getValue());
        } catch (IllegalArgumentException refused) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation(refused.getMessage()));
            return;
        }
        text.clear();
        text.setInvalid(false);
        Notifications.success(getTranslation("comment.reply.done", row.authorName()));
    }
}
