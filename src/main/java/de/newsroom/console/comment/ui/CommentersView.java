package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.newsroom.console.base.domain.AppRoles;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.commenter.ActiveCommenter;
import de.newsroom.console.comment.commenter.CommenterAction;
import de.newsroom.console.comment.commenter.CommenterService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The commenter actions in force (suspensions, bans, pre-moderation, trust), newest first, each opening the commenter
 * dialog where it can be lifted: so that an action taken from the queue can be found again later.
 */
@Route("moderation/commenters")
@Menu(order = 22, title = "menu.moderation.commenters", icon = "vaadin:user-check")
@RolesAllowed(AppRoles.MODERATOR)
class CommentersView extends Main implements HasDynamicTitle {

    final Grid<ActiveCommenter> actions = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient CommenterService commenters;
    private final NewsroomZone zone;
    private final transient Clock clock;
    /** The dialog of the row last opened. */
    CommenterDialog dialog;

    CommentersView(CommenterService commenters, NewsroomZone zone, Clock clock) {
        this.commenters = commenters;
        this.zone = zone;
        this.clock = clock;
        addClassNames("view", "commenters-view");
        add(new H1(getTranslation("comment.commenters.title")),
                new Paragraph(getTranslation("comment.commenters.intro")));
        empty.setText(getTranslation("comment.commenters.none"));
        empty.setId("commenters-empty");
        actions.setId("commenter-actions");
        actions.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.setAllRowsVisible(true);
        // One card per row: it reads at 390 px as well as on a desktop.
        actions.addComponentColumn(this::card).setHeader(getTranslation("comment.commenters.column"));
        add(empty, actions);
        reload();
    }

    Div card(ActiveCommenter row) {
        CommenterAction action = row.action();
        var texts = new CommenterTexts(this::getTranslation, getLocale(), zone.zoneId());
        var state = new Span(texts.state(action));
        state.addClassName("commenter-card-state");
        // Reader-typed name: Span's text, never HTML.
        var commenter = new Span(who(row));
        commenter.addClassName("commenter-card-who");
        var card = new Div(commenter);
        if (row.lastAuthorName() != null) {
            var key = new Span(key(action));
            key.addClassName("commenter-card-key");
            card.add(key);
        }
        var since = new Span(texts.since(action));
        since.addClassName("commenter-since");
        var open = new Button(getTranslation("comment.commenters.open"), e -> open(row));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setId("commenter-open-" + action.id());
        card.add(state, since, open);
        card.addClassName("commenter-card");
        return card;
    }

    /**
     * How the list names a commenter: the name they last wrote under, as the queue names them; the e-mail address
     * or the masked IP only when none of their comments is left. Before the moderator's first-day sweep it was
     * always the key ("IP-Kennung de976bb69d…"), which told a moderator nothing.
     */
    String who(ActiveCommenter row) {
        return row.lastAuthorName() != null ? row.lastAuthorName() : key(row.action());
    }

    /** What identifies the commenter technically: the e-mail address, or the masked IP when there is none. */
    String key(CommenterAction action) {
        return action.key().email() != null ? action.key().email()
                : getTranslation("comment.commenters.client", action.key().shortClient());
    }

    void open(ActiveCommenter row) {
        // The dialog's title names the commenter as the list's row did ("Kommentierende: Leserin Lena"), as the
        // queue's does; the dialog itself shows the e-mail and the masked IP.
        dialog = new CommenterDialog(commenters, row.action().key(), who(row), zone.zoneId(), clock, this::reload);
        dialog.open();
    }

    void reload() {
        List<ActiveCommenter> active = commenters.activeActions();
        actions.setItems(active);
        actions.setVisible(!active.isEmpty());
        empty.setVisible(active.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.moderation.commenters") + " · " + getTranslation("app.title");
    }
}
