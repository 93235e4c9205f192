package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.ArticleOption;
import de.newsroom.console.comment.commenter.CommenterActionKind;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The commenter dialog from the moderation queue, and the list of actions in force, with a real database. */
class CommenterDialogTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NewsroomZone zone;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        ctx.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    private record Setup(long articleId, String title, String email, long commentId) {
    }

    /** An article with one pending comment of a fresh commenter, who also wrote an approved one before. */
    private Setup setup() {
        String slug = "commenter-" + UUID.randomUUID();
        String title = "Kommentator-Test " + slug.substring(10, 18);
        long article = jdbc.queryForObject("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values (?, ?, 'Vorspann', (select id from app_user where username = 'editor'), 'PUBLISHED', true,
                        now()) returning id""", Long.class, title, slug);
        String email = "k-" + slug.substring(10, 18) + "@example.org";
        jdbc.update("""
                insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                values (?, 'Kim', ?, '<b>Früher</b> freigegeben', 'APPROVED', ?, now() - interval '2 days')""",
                article, email, "client-" + slug);
        long pending = jdbc.queryForObject("""
                insert into comment (article_id, author_name, email, body, status, client_hash, created_at)
                values (?, 'Kim', ?, 'Neuer Kommentar', 'PENDING', ?, now() - interval '1 minute') returning id""",
                Long.class, article, email, "client-" + slug);
        return new Setup(article, title, email, pending);
    }

    private ModerationView queue(Setup s) {
        login("moderator", "MODERATOR");
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.filters.article.setValue(new ArticleOption(s.articleId(), s.title()));
        assertThat(view.decisions.current.id()).isEqualTo(s.commentId());
        return view;
    }

    private String activeKind(String email) {
        return jdbc.queryForList("select kind from commenter_action where email_lower = ? and lifted_at is null",
                String.class, email).stream().findFirst().orElse(null);
    }

    @Test
    void a_moderator_suspends_a_commenter_from_the_queue_and_lifts_it_again_each_time_with_a_reason() {
        Setup s = setup();
        ModerationView view = queue(s);
        assertThat(view.decisions.commenter.isVisible()).isTrue();

        _fireShortcut(view.queueArea, Key.KEY_C);
        CommenterDialog dialog = _get(CommenterDialog.class);
        assertThat(dialog.counts.getText()).isEqualTo("Approved 1 · Rejected 0 · Spam 0 · Pending 1");
        // Reader text is shown as text, not markup.
        assertThat(dialog.comments.getElement().getTextRecursively()).contains("<b>Früher</b> freigegeben");
        assertThat(dialog.state.getElement().getTextRecursively()).contains("No action in force.");

        // The button names the action chosen (before: "Apply" / "Ausführen" whatever was chosen).
        assertThat(dialog.apply.getText()).isEqualTo("Take action");
        dialog.kind.setValue(CommenterActionKind.SUSPEND);
        assertThat(dialog.apply.getText()).isEqualTo("Suspend");
        assertThat(dialog.days.isVisible()).isTrue();
        dialog.days.setValue(3);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        dialog.apply.click();
        assertThat(dialog.reason.isInvalid()).as("the reason is required").isTrue();
        // The field with its message takes the cursor, so a phone scrolls them out from under the dialog's footer.
        assertThat(lastFocused()).isSameAs(dialog.reason.getElement().getNode());
        assertThat(activeKind(s.email())).isNull();

        dialog.reason.setValue("Beleidigt andere Leser");
        dialog.apply.click();
        assertThat(activeKind(s.email())).isEqualTo("SUSPEND");
        Instant ends = jdbc.queryForObject("select ends_at from commenter_action where email_lower = ?",
                java.sql.Timestamp.class, s.email()).toInstant();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(ends.atZone(zone.zoneId()));
        assertThat(dialog.state.getElement().getTextRecursively())
                .contains("Suspended until " + day + " – reason: Beleidigt andere Leser").contains("Lift");

        dialog.lift.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(activeKind(s.email())).isEqualTo("SUSPEND");
        dialog.reason.setValue("Einspruch berechtigt");
        dialog.lift.click();
        assertThat(activeKind(s.email())).isNull();
        assertThat(dialog.state.getElement().getTextRecursively()).contains("No action in force.");
    }

    @Test
    void a_ban_needs_a_confirmation_and_shows_in_german_in_the_list_of_actions_in_force() {
        Setup s = setup();
        ModerationView view = queue(s);
        view.decisions.commenter.click();
        CommenterDialog dialog = _get(CommenterDialog.class);
        dialog.kind.setValue(CommenterActionKind.BAN);
        dialog.reason.setValue("Volksverhetzung");
        dialog.apply.click();
        assertThat(activeKind(s.email())).as("not before the confirmation").isNull();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("commenter-ban-confirm"));
        // The cursor waits on Cancel, not on the red "Dauerhaft sperren" (CancelFirstBrowserIT checks the focus).
        assertThat(confirm.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(activeKind(s.email())).isEqualTo("BAN");
        dialog.close();

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("moderation/commenters");
        CommentersView list = _get(CommentersView.class);
        long id = jdbc.queryForObject("select id from commenter_action where email_lower = ?", Long.class, s.email());
        assertThat(list.actions.getGenericDataView().getItems().map(a -> a.action().id())).contains(id);
        list.open(list.actions.getGenericDataView().getItems().filter(a -> a.action().id() == id).findFirst()
                .orElseThrow());
        // Opened from the list, the title names whom it is about by the name they wrote under, as the queue's does
        // (before: just "Verfasser", then the e-mail address).
        assertThat(list.dialog.getHeaderTitle()).isEqualTo("Kommentierende: Kim");
        assertThat(list.dialog.state.getElement().getTextRecursively())
                .contains("Dauerhaft gesperrt – Grund: Volksverhetzung").contains("Aufheben")
                // Who acted by name, as the queue's "Entschieden von …" (before: the username, "von moderator").
                .contains(", von " + jdbc.queryForObject("select display_name from app_user where username = 'moderator'",
                        String.class)).doesNotContain("von moderator");
        // One German word for the hash of the reader's address, as everywhere in the moderation (before: "Client").
        assertThat(list.dialog.getElement().getTextRecursively())
                .contains("E-Mail: " + s.email() + " · IP-Kennung: client-").doesNotContain("Client");
        list.dialog.reason.setValue("Sperre war ein Irrtum");
        list.dialog.lift.click();
        assertThat(activeKind(s.email())).isNull();
        assertThat(list.actions.getGenericDataView().getItems().map(a -> a.action().id())).doesNotContain(id);
    }

    /**
     * Found in the moderator's first-day sweep: a commenter without an e-mail was listed, and the dialog titled, only
     * as "IP-Kennung de976bb69d…". Now the name of their newest comment is the main line, the masked IP under it.
     */
    @Test
    void the_list_names_a_commenter_without_an_email_by_the_name_of_their_newest_comment() {
        Setup s = setup();
        jdbc.update("update comment set email = null where article_id = ?", s.articleId());
        // The newest comment by this client was written under another name, with markup a reader might try.
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, '<i>Kim K.</i>', 'Noch einer', 'PENDING', ?, now())""", s.articleId(),
                "client-" + s.articleId() + "-x");
        jdbc.update("update comment set client_hash = ? where article_id = ?", "client-" + s.articleId() + "-x",
                s.articleId());
        ModerationView view = queue(s);
        view.decisions.commenter.click();
        CommenterDialog dialog = _get(CommenterDialog.class);
        dialog.kind.setValue(CommenterActionKind.PREMODERATE);
        dialog.reason.setValue("Wiederholt beleidigend");
        dialog.apply.click();
        dialog.close();
        long id = jdbc.queryForObject("select id from commenter_action where client_hash = ? and lifted_at is null",
                Long.class, "client-" + s.articleId() + "-x");

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("moderation/commenters");
        CommentersView list = _get(CommentersView.class);
        var row = list.actions.getGenericDataView().getItems().filter(a -> a.action().id() == id).findFirst()
                .orElseThrow();
        assertThat(row.lastAuthorName()).isEqualTo("<i>Kim K.</i>");
        assertThat(list.who(row)).isEqualTo("<i>Kim K.</i>");
        String client = "client-" + s.articleId() + "-x";
        assertThat(list.key(row.action())).isEqualTo("IP-Kennung " + client.substring(0, 10) + "…");
        // The card as rendered: the name as text (its markup shown, not applied), the masked IP as the detail under it.
        var card = list.card(row);
        var lines = card.getChildren().map(c -> c.getElement().getText()).toList();
        assertThat(lines.get(0)).isEqualTo("<i>Kim K.</i>");
        assertThat(lines.get(1)).startsWith("IP-Kennung client-");
        var name = card.getElement().getChild(0);
        assertThat(name.getChildCount()).isEqualTo(1);
        assertThat(name.getChild(0).isTextNode()).as("no element made from the name").isTrue();
        list.open(row);
        assertThat(list.dialog.getHeaderTitle()).isEqualTo("Kommentierende: <i>Kim K.</i>");
    }

    /** A reader who left the e-mail out: the dialog's line reads "E-Mail: nicht angegeben", not "E-Mail: keine E-Mail". */
    @Test
    void a_commenter_without_an_email_reads_naturally_in_both_languages() {
        Setup s = setup();
        jdbc.update("update comment set email = null where article_id = ?", s.articleId());
        UI.getCurrent().setLocale(Locale.GERMAN);
        ModerationView view = queue(s);
        _fireShortcut(view.queueArea, Key.KEY_C);
        String german = _get(CommenterDialog.class).getElement().getTextRecursively();
        assertThat(german).contains("E-Mail: nicht angegeben · IP-Kennung: client-").doesNotContain("keine E-Mail");
        _get(CommenterDialog.class).close();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("moderation");
        view = _get(ModerationView.class);
        view.filters.article.setValue(new ArticleOption(s.articleId(), s.title()));
        _fireShortcut(view.queueArea, Key.KEY_C);
        assertThat(_get(CommenterDialog.class).getElement().getTextRecursively())
                .contains("E-mail: not given · Masked IP: client-").doesNotContain("no e-mail");
    }

    @Test
    void an_editor_cannot_open_the_list_of_commenter_actions() {
        login("editor", "EDITOR");
        try {
            navigate("moderation/commenters");
        } catch (MockAccessDeniedException expected) {
            // Vaadin's access control refused the navigation.
        }
        assertThat(_find(CommentersView.class)).isEmpty();
    }

    /** The node of the last component that asked the browser for a focus() since the last dump, or null. */
    private static com.vaadin.flow.internal.StateNode lastFocused() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains(".focus("))
                .reduce((first, second) -> second).map(i -> i.getOwner()).orElse(null);
    }
}
