package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import de.newsroom.console.KaribuTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.comment.ArticleOption;
import de.newsroom.console.comment.CommentIntakeService;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.CommentSubmission;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.comment.RejectReason;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ModerationViewTest extends KaribuTest {

    private static final String ATTACK = "<img src=x onerror=alert(1)>";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        // Another Spring context started in this JVM (e.g. ExternalDatabaseTest) replaces the static strategy, while
        // method security here keeps using this context's strategy bean: put that one back.
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @Autowired
    CommentIntakeService intake;

    @Autowired
    CommentModerationService moderation;

    private record Article(long id, String slug, String title) {
    }

    private Article article() {
        String slug = "ui-" + UUID.randomUUID();
        String title = "UI-Test " + slug.substring(3, 11);
        long id = jdbc.queryForObject("""
                insert into article (title, slug, lead, author_id, status, comments_open, published_at)
                values (?, ?, 'Der Vorspann.', (select id from app_user where username = 'editor'), 'PUBLISHED', true,
                        now()) returning id""", Long.class, title, slug);
        return new Article(id, slug, title);
    }

    private long pending(Article article, String author, String body, int minutesAgo) {
        return jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, ?, ?, 'PENDING', ?, now() - ? * interval '1 minute') returning id""", Long.class,
                article.id(), author, body, "ui-" + author, minutesAgo);
    }

    private ModerationView openQueueFor(Article article) {
        login("moderator", "MODERATOR");
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.article.setValue(new ArticleOption(article.id(), article.title()));
        return view;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from comment where id = ?", String.class, id);
    }

    @Test
    void an_editor_cannot_open_the_moderation_queue() {
        login("editor", "EDITOR");
        try {
            navigate("moderation");
        } catch (MockAccessDeniedException expected) {
            // Vaadin's access control refused the navigation.
        }
        assertThat(_find(ModerationView.class)).isEmpty();
    }

    @Test
    void a_moderator_cannot_open_the_rule_settings_but_an_admin_can() {
        login("moderator", "MODERATOR");
        try {
            navigate("moderation/settings");
        } catch (MockAccessDeniedException expected) {
            // refused
        }
        assertThat(_find(ModerationSettingsView.class)).isEmpty();
        login("admin", "ADMIN");
        navigate("moderation/settings");
        assertThat(_find(ModerationSettingsView.class)).hasSize(1);
    }

    @Test
    void markup_in_a_comment_is_shown_as_text_in_the_grid_and_the_detail() {
        Article article = article();
        pending(article, "tester", ATTACK + " Test", 5);
        ModerationView view = openQueueFor(article);

        List<String> row = _getFormattedRow(view.grid, 0);
        assertThat(row).contains("tester", ATTACK + " Test", article.title());
        assertThat(view.detail.body.getText()).isEqualTo(ATTACK + " Test");
        assertThat(view.detail.body.getElement().getChildCount()).isEqualTo(1);
        assertThat(view.detail.body.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(_find(view, Html.class)).isEmpty();
        assertThat(view.detail.getElement().getOuterHTML()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void the_queue_lists_pending_oldest_first_and_shows_the_legend_and_badge() {
        Article article = article();
        long older = pending(article, "Alt", "zuerst", 30);
        long newer = pending(article, "Neu", "danach", 10);
        ModerationView view = openQueueFor(article);

        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(older, newer);
        assertThat(view.current.id()).isEqualTo(older);
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("shortcut-legend"))
                .getElement().getTextRecursively()).contains("J", "next", "A", "approve", "R", "reject", "S", "spam",
                "X", "select");
        assertThat(view.badge.getText()).matches("(\\d+|999\\+) pending");
    }

    @Test
    void flags_reach_the_browser_as_plain_data_and_no_row_becomes_a_server_side_component() {
        Article article = article();
        long id = pending(article, "Verlinkt", "siehe http://a.example http://b.example", 5);
        jdbc.update("update comment set flags = array['links:2 Links', 'first-comment'] where id = ?", id);
        ModerationView view = openQueueFor(article);

        // What the browser's grid receives for the row (the UIDL response), rendered there by the LitRenderer.
        view.grid.getDataCommunicator().setViewportRange(0, 50);
        String response = new com.vaadin.flow.server.communication.UidlWriter()
                .createUidl(com.vaadin.flow.component.UI.getCurrent(), false).toString();
        assertThat(response).containsPattern("_flagCodes\":\\[\"links\",\"first-comment\"]")
                .containsPattern("_flagLabels\":\\[\"Links\",\"First comment\"]")
                .contains("_flagReasons\":[\"Links: 2 Links\",\"First comment: no earlier comment by this e-mail "
                        + "address or client\"]");
        // A component renderer would create and attach server-side components for every row of every range fetched.
        assertThat(view.grid.getColumns()).allSatisfy(column -> assertThat(column.getRenderer())
                .isNotInstanceOf(com.vaadin.flow.data.renderer.ComponentRenderer.class));
    }

    @Test
    void keyboard_shortcuts_move_select_approve_reject_and_mark_spam() {
        Article article = article();
        long first = pending(article, "Eins", "erster", 40);
        long second = pending(article, "Zwei", "zweiter", 30);
        long third = pending(article, "Drei", "dritter", 20);
        long fourth = pending(article, "Vier", "vierter", 10);
        ModerationView view = openQueueFor(article);

        _fireShortcut(view.queueArea, Key.KEY_J);
        assertThat(view.current.id()).isEqualTo(second);
        _fireShortcut(view.queueArea, Key.KEY_K);
        assertThat(view.current.id()).isEqualTo(first);
        _fireShortcut(view.queueArea, Key.KEY_X);
        assertThat(view.selectedIds()).containsExactly(first);
        _fireShortcut(view.queueArea, Key.KEY_X);
        assertThat(view.selectedIds()).isEmpty();

        _fireShortcut(view.queueArea, Key.KEY_A);
        assertThat(status(first)).isEqualTo("APPROVED");
        assertThat(view.current.id()).isEqualTo(second);
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(second, third, fourth);

        _fireShortcut(view.queueArea, Key.KEY_R);
        RejectDialog dialog = _get(RejectDialog.class);
        dialog.reason.setValue(RejectReason.INSULT);
        dialog.confirm.click();
        assertThat(status(second)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select reject_reason from comment where id = ?", String.class, second))
                .isEqualTo("INSULT");

        _fireShortcut(view.queueArea, Key.KEY_S);
        assertThat(status(third)).isEqualTo("SPAM");
        assertThat(view.current.id()).isEqualTo(fourth);
    }

    @Test
    void reject_with_other_needs_a_note() {
        Article article = article();
        long id = pending(article, "Eins", "erster", 40);
        ModerationView view = openQueueFor(article);
        view.reject.click();
        RejectDialog dialog = _get(RejectDialog.class);
        dialog.reason.setValue(RejectReason.OTHER);
        dialog.confirm.click();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("PENDING");
        dialog.note.setValue("Werbung für eigene Seite");
        dialog.confirm.click();
        assertThat(status(id)).isEqualTo("REJECTED");
    }

    @Test
    void the_loser_of_a_race_is_told_who_decided_and_the_row_leaves_the_queue() {
        Article article = article();
        long contested = pending(article, "Streit", "umstritten", 20);
        long next = pending(article, "Ruhig", "unstrittig", 10);
        ModerationView view = openQueueFor(article);
        assertThat(view.current.id()).isEqualTo(contested);

        // Another moderator (admin, on another instance whose NOTIFY has not arrived yet) decides first.
        jdbc.update("""
                update comment set status = 'REJECTED', reject_reason = 'SPAM', decided_at = now(), version = 1,
                       decided_by = (select id from app_user where username = 'admin') where id = ?""", contested);
        NotificationsKt.clearNotifications();

        view.approve.click();

        assertThat(status(contested)).isEqualTo("REJECTED");
        List<String> texts = NotificationsKt.getNotifications().stream().map(ModerationViewTest::text).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("admin").contains("already decided"));
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(next);
        assertThat(view.current.id()).isEqualTo(next);
    }

    @Test
    void rejected_comments_can_be_browsed_and_the_decision_reversed() {
        Article article = article();
        long id = pending(article, "Umkehr", "erst abgelehnt", 20);
        jdbc.update("update comment set status = 'REJECTED', reject_reason = 'INSULT', version = 1 where id = ?", id);
        ModerationView view = openQueueFor(article);
        assertThat(view.loader.loaded()).isEmpty();

        view.status.setValue(CommentStatus.REJECTED);
        assertThat(view.current.id()).isEqualTo(id);
        assertThat(view.reject.isEnabled()).isFalse();
        view.approve.click();
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? order by id desc limit 1",
                String.class, String.valueOf(id))).contains("REJECTED → APPROVED (reversed)");
    }

    @Test
    void a_moderator_sees_no_block_button_but_an_admin_blocks_the_sender_after_a_confirmation() {
        Article article = article();
        long first = pending(article, "Spammer " + article.slug(), "Kaufen Sie jetzt!", 5);

        ModerationView asModerator = openQueueFor(article);
        assertThat(asModerator.detail.body.getText()).isEqualTo("Kaufen Sie jetzt!");
        assertThat(asModerator.detail.blockSender.isAttached()).isFalse();

        login("admin", "ADMIN");
        navigate("moderation/settings"); // away first: navigating to the open route keeps the moderator's view
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.article.setValue(new ArticleOption(article.id(), article.title()));
        assertThat(view.detail.blockSender.isAttached()).isTrue();
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        view.detail.blockSender.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("block-confirm"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        String hash = jdbc.queryForObject("select client_hash from comment where id = ?", String.class, first);
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_author where kind = 'CLIENT_HASH' "
                + "and value = ?", Integer.class, hash)).isEqualTo(1);
        assertThat(status(first)).as("the shown comment is left for the moderator to decide").isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select note from comment_blocked_author where value = ?", String.class, hash))
                .isEqualTo("Sender of comment " + first + " (Spammer " + article.slug() + ")");

        // Blocking again says so instead of failing.
        view.detail.blockSender.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("block-confirm")));
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_author where value = ?", Integer.class,
                hash)).isEqualTo(1);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Sender blocked. Their next comments will be rejected as spam.",
                "This sender is blocked already.");
    }

    @Test
    void bulk_approve_all_matching_the_filter_after_a_confirmation() {
        Article article = article();
        for (int i = 0; i < 30; i++) {
            pending(article, "Masse " + i, "Kommentar " + i, 60 - i);
        }
        ModerationView view = openQueueFor(article);
        view.approveMatching.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(confirm)).contains("30");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ? and status = 'APPROVED'",
                Integer.class, article.id())).isEqualTo(30);
        assertThat(view.loader.loaded()).isEmpty();
    }

    @Test
    void a_new_comment_appears_live_and_the_badge_updates() throws Exception {
        Article article = article();
        long old = pending(article, "Vorher", "schon da", 20);
        ModerationView view = openQueueFor(article);
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(old);
        view.badge.setText("stale");

        var receipt = SystemAuthentication.call(() -> intake.submit(article.slug(),
                new CommentSubmission("Live", null, "Ganz frisch", null, null), "live-" + UUID.randomUUID(), null,
                Locale.GERMAN));

        long deadline = System.currentTimeMillis() + 10_000;
        while (view.badge.getText().equals("stale") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(view.badge.getText()).endsWith("pending");
        view.grid.getDataProvider().refreshAll();
        assertThat(_getFormattedRow(view.grid, 1)).contains("Live", "Ganz frisch");
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(old, receipt.id());
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "") + n.getElement().getTextRecursively();
    }
}
