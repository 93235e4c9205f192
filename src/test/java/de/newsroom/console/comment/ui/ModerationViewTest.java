package de.newsroom.console.comment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import com.github.mvysny.kaributesting.v10.GridKt;
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
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.ArticleOption;
import de.newsroom.console.comment.BulkDecision;
import de.newsroom.console.comment.intake.CommentIntakeService;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import de.newsroom.console.comment.intake.CommentSubmission;
import de.newsroom.console.comment.live.CommentsChanged;
import de.newsroom.console.comment.QueueRow;
import de.newsroom.console.comment.RejectReason;
import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

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

    @Autowired
    NewsroomZone zone;

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
        view.filters.article.setValue(new ArticleOption(article.id(), article.title()));
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
    void the_detail_shows_the_parent_the_article_title_and_links_to_the_comment_on_the_reader_page() {
        Article article = article();
        long parent = jdbc.queryForObject("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at)
                values (?, 'Erstschreiberin', 'Die Ausgangsfrage.', 'APPROVED', 'ui-parent', now() - interval '1 hour')
                returning id""", Long.class, article.id());
        long reply = pending(article, "Antwortender", "Meine Antwort.", 5);
        jdbc.update("update comment set parent_id = ? where id = ?", parent, reply);
        ModerationView view = openQueueFor(article);

        assertThat(view.decisions.current.id()).isEqualTo(reply);
        String detail = view.decisions.detail.getElement().getTextRecursively();
        assertThat(detail).contains("Erstschreiberin", "Die Ausgangsfrage.", article.title());
        var link = _get(view.decisions.detail, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("comment-detail-reader-link"));
        assertThat(link.getHref()).isEqualTo("/read/" + article.slug() + "#comments");
        assertThat(link.getText()).contains("not shown there");

        view.filters.status.setValue(CommentStatus.APPROVED);
        assertThat(view.decisions.current.id()).isEqualTo(parent);
        link = _get(view.decisions.detail, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("comment-detail-reader-link"));
        assertThat(link.getHref()).isEqualTo("/read/" + article.slug() + "#comment-" + parent);
        assertThat(link.getTarget()).contains("_blank");
    }

    @Test
    void a_comment_decided_on_arrival_names_the_automation_that_decided_it() {
        Article article = article();
        jdbc.update("""
                insert into comment (article_id, author_name, body, status, client_hash, created_at, decided_at,
                                     decided_automatically)
                values (?, 'Stammleserin', 'Wie immer freigegeben.', 'APPROVED', 'ui-auto', now() - interval '1 hour',
                        now() - interval '1 hour', 'AUTOMATIC_TRUST')""", article.id());
        ModerationView view = openQueueFor(article);
        view.filters.status.setValue(CommentStatus.APPROVED);

        assertThat(view.decisions.detail.getElement().getTextRecursively())
                .contains("Decided by the system (automatic trust) at");
    }

    @Test
    void markup_in_a_comment_is_shown_as_text_in_the_grid_and_the_detail() {
        Article article = article();
        pending(article, "tester", ATTACK + " Test", 5);
        ModerationView view = openQueueFor(article);

        List<String> row = _getFormattedRow(view.grid, 0);
        assertThat(row).contains("tester");
        // Comment and article title are rendered in the browser by lit text bindings, which escape: the raw text
        // goes in as data and no template turns it into markup.
        QueueRow first = GridKt._get(view.grid, 0);
        for (String key : List.of("excerpt", "article")) {
            @SuppressWarnings("unchecked")
            var renderer = (com.vaadin.flow.data.renderer.LitRenderer<QueueRow>) view.grid.getColumnByKey(key)
                    .getRenderer();
            assertThat(renderer.getValueProviders().values().stream().map(p -> String.valueOf(p.apply(first))))
                    .containsAnyOf(ATTACK + " Test", article.title());
        }
        assertThat(view.grid.getElement().getOuterHTML()).doesNotContain("unsafeHTML", "innerHTML");
        assertThat(view.decisions.detail.body.getText()).isEqualTo(ATTACK + " Test");
        assertThat(view.decisions.detail.body.getElement().getChildCount()).isEqualTo(1);
        assertThat(view.decisions.detail.body.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(_find(view, Html.class)).isEmpty();
        assertThat(view.decisions.detail.getElement().getOuterHTML()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void the_queue_takes_the_keyboard_focus_and_an_empty_result_says_why() {
        Article article = article();
        login("moderator", "MODERATOR");
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);

        // Focusable by script only (outside the tab order): where the shortcuts listen, so J/A/R work at once.
        assertThat(view.queueArea.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(view.grid.getEmptyStateText()).isEqualTo(
                "No pending comments: the queue is empty. New ones appear here by themselves.");
        // An article without comments: the filter matches nothing, and the grid says that instead.
        view.filters.article.setValue(new ArticleOption(article.id(), article.title()));
        assertThat(view.loader.loaded()).isEmpty();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No comment matches these filters.");
        // Beside an empty list the detail panel does not ask to pick a comment: it says what it will show.
        assertThat(view.decisions.detail.getElement().getTextRecursively())
                .contains("Here you see the comment you pick in the list (click or J/K) in full.");
        // Reports stand under the flag badges, not in a column of their own that takes the comment's width.
        assertThat(view.grid.getColumnByKey("reports")).isNull();
    }

    @Test
    void the_queue_lists_pending_oldest_first_and_shows_the_legend_and_badge() {
        Article article = article();
        long older = pending(article, "Alt", "zuerst", 30);
        long newer = pending(article, "Neu", "danach", 10);
        ModerationView view = openQueueFor(article);

        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(older, newer);
        assertThat(view.decisions.current.id()).isEqualTo(older);
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("shortcut-legend"))
                .getElement().getTextRecursively()).contains("J", "next", "A", "approve", "R", "reject", "S", "spam",
                "Z", "undo", "X", "select");
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
                        + "address or masked IP\"]");
        // A component renderer would create and attach server-side components for every row of every range fetched.
        assertThat(view.grid.getColumns()).allSatisfy(column -> assertThat(column.getRenderer())
                .isNotInstanceOf(com.vaadin.flow.data.renderer.ComponentRenderer.class));
    }

    private static void await250msOfNews() {
        try {
            Thread.sleep(600); // more than twice the broadcaster's 250 ms collecting interval
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MockVaadin.runUIQueue();
    }

    @Test
    void pressing_a_sends_the_browser_the_decided_row_and_the_next_one_not_the_whole_window_again() {
        Article article = article();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(pending(article, "Leser " + i, "Beitrag Nummer " + i + " zum Artikel, ein paar Worte lang.", 600 - i));
        }
        ModerationView view = openQueueFor(article);
        view.grid.getDataCommunicator().setViewportRange(0, 50);
        var uidl = new com.vaadin.flow.server.communication.UidlWriter();
        String window = uidl.createUidl(com.vaadin.flow.component.UI.getCurrent(), false).toString();
        assertThat(window).contains("Beitrag Nummer 2 ", "Beitrag Nummer 49 ");
        // News of other tests' comments (a full refresh, rightly) must not land in the middle of what is counted.
        await250msOfNews();
        List<com.vaadin.flow.data.provider.DataChangeEvent<?>> changes = new java.util.ArrayList<>();
        view.grid.getDataProvider().addDataProviderListener(changes::add);

        _fireShortcut(view.queueArea, Key.KEY_A);
        String afterA = uidl.createUidl(com.vaadin.flow.component.UI.getCurrent(), false).toString();

        assertThat(status(ids.get(0))).isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(ids.get(1));
        assertThat(view.loader.loaded()).extracting(QueueRow::id).doesNotContain(ids.get(0));
        // refreshItem for the decided and the next row, never refreshAll (which re-sends every row of the window).
        assertThat(changes).isNotEmpty().allSatisfy(change ->
                assertThat(change).isInstanceOf(com.vaadin.flow.data.provider.DataChangeEvent.DataRefreshEvent.class));
        assertThat(afterA).contains("Beitrag Nummer 1 ").doesNotContain("Beitrag Nummer 2 ", "Beitrag Nummer 49 ");
        assertThat(afterA.length()).as("bytes sent for one A").isLessThan(window.length() / 3);
        // The decided row keeps its place, marked and not selectable, so the positions the browser holds stay right.
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(ids.get(0));
        assertThat(afterA).as("the decision before the comment's text").contains("\"Approved\"");
        assertThat(view.grid.isDecidedHere(GridKt._get(view.grid, 0))).isTrue();
        assertThat(GridKt._get(view.grid, 1).id()).isEqualTo(ids.get(1));
        assertThat(GridKt._get(view.grid, 49).id()).isEqualTo(ids.get(49));

        // The broadcaster's echo of this moderator's own decision reads nothing: the badge was counted with the A.
        var echo = de.newsroom.console.StatementCounter.count(() -> view.onChange(
                new de.newsroom.console.comment.live.CommentsChanged(
                        de.newsroom.console.comment.live.CommentsChanged.Kind.DECIDED, List.of(ids.get(0)))));
        assertThat(echo.statements()).as("statements for the echo of one's own decision").isEmpty();

        // The next A decides the comment on screen (the second), J then skips the decided rows.
        var second = de.newsroom.console.StatementCounter.count(() -> _fireShortcut(view.queueArea, Key.KEY_A));
        String afterSecondA = uidl.createUidl(com.vaadin.flow.component.UI.getCurrent(), false).toString();
        // The decision (update, audit row), the next comment's detail with the commenter's other comments and its
        // reports (one statement) and the badge's capped count: four, none more per key. The notice to other
        // instances goes out from the notifier's thread, after the commit, not in the moderator's answer.
        assertThat(second.count()).as("statements of one A: %s", second.statements()).isLessThanOrEqualTo(4);
        assertThat(status(ids.get(1))).isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(ids.get(2));
        // The detail panel keeps its elements and changes their texts, the toast of the last decision stays with a
        // new text: the browser creates no element for an A (it created a new panel and a new toast per key).
        System.out.printf("UIDL bytes: window %d, first A %d, second A %d%n", window.length(), afterA.length(),
                afterSecondA.length());
        assertThat(afterSecondA).contains("Beitrag Nummer 2 zum Artikel", "\"data-comment\"");
        assertThat(afterSecondA.split("\"type\":\"attach\"", -1).length - 1).as("elements created by the second A: %s",
                afterSecondA).isZero();
        assertThat(afterSecondA.length()).as("bytes sent for the second A").isLessThan(afterA.length());
        assertThat(NotificationsKt.getNotifications()).as("toasts on screen").hasSize(1);
        _fireShortcut(view.queueArea, Key.KEY_K);
        assertThat(view.decisions.current.id()).as("the decided rows are not in the list").isEqualTo(ids.get(2));
        _fireShortcut(view.queueArea, Key.KEY_J);
        assertThat(view.decisions.current.id()).isEqualTo(ids.get(3));
        assertThat(changes).allSatisfy(change ->
                assertThat(change).isInstanceOf(com.vaadin.flow.data.provider.DataChangeEvent.DataRefreshEvent.class));

        // Any full refresh (a filter, news from elsewhere) takes the decided rows out.
        view.grid.refresh();
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(ids.get(2));
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
        assertThat(view.decisions.current.id()).isEqualTo(second);
        _fireShortcut(view.queueArea, Key.KEY_K);
        assertThat(view.decisions.current.id()).isEqualTo(first);
        _fireShortcut(view.queueArea, Key.KEY_X);
        assertThat(view.grid.selectedIds()).containsExactly(first);
        _fireShortcut(view.queueArea, Key.KEY_X);
        assertThat(view.grid.selectedIds()).isEmpty();

        _fireShortcut(view.queueArea, Key.KEY_A);
        assertThat(status(first)).isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(second);
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
        assertThat(view.decisions.current.id()).isEqualTo(fourth);
    }

    @Test
    void reject_with_other_needs_a_note() {
        Article article = article();
        long id = pending(article, "Eins", "erster", 40);
        ModerationView view = openQueueFor(article);
        view.decisions.reject.click();
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
    void after_rejecting_the_last_comment_the_one_above_is_on_screen_and_after_the_only_one_the_empty_state() {
        Article article = article();
        long first = pending(article, "Eins", "erster", 40);
        long last = pending(article, "Zwei", "zweiter", 30);
        ModerationView view = openQueueFor(article);
        _fireShortcut(view.queueArea, Key.KEY_J);
        assertThat(view.decisions.current.id()).isEqualTo(last);

        // Cancelled: nothing decided, the same comment on screen.
        _fireShortcut(view.queueArea, Key.KEY_R);
        _get(RejectDialog.class).close();
        assertThat(status(last)).isEqualTo("PENDING");
        assertThat(view.decisions.current.id()).isEqualTo(last);

        _fireShortcut(view.queueArea, Key.KEY_R);
        RejectDialog dialog = _get(RejectDialog.class);
        dialog.reason.setValue(RejectReason.INSULT);
        dialog.confirm.click();
        assertThat(status(last)).isEqualTo("REJECTED");
        // The last row was decided: the moderator continues with the one above, still pending (before: nothing on
        // screen, and A or R did nothing although a comment waited one row up).
        assertThat(view.decisions.current.id()).isEqualTo(first);
        assertThat(view.decisions.reject.isEnabled()).isTrue();

        _fireShortcut(view.queueArea, Key.KEY_R);
        dialog = _get(RejectDialog.class);
        dialog.reason.setValue(RejectReason.SPAM);
        dialog.confirm.click();
        assertThat(status(first)).isEqualTo("REJECTED");
        // None left: the grid shows its empty state ("No comment matches these filters.") instead of two rows struck
        // through, and nothing is on screen to decide.
        assertThat(view.decisions.current).isNull();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    /** Runs {@code work} as another moderator (through the service), then signs the view's user back in. */
    private void asAnotherModerator(String username, Runnable work) {
        SecurityContext mine = SecurityContextHolder.getContext();
        var other = SecurityContextHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"), new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(other);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    /** A decision committed by another instance: the row changes, no announcement reaches this JVM's views. */
    private void decideOnAnotherInstance(long id, String status, String username) {
        jdbc.update("""
                update comment set status = ?, reject_reason = case when ? = 'APPROVED' then null else 'SPAM' end,
                       decided_at = now(), version = version + 1,
                       decided_by = (select id from app_user where username = ?) where id = ?""",
                status, status, username, id);
    }

    private String displayName(String username) {
        return jdbc.queryForObject("select display_name from app_user where username = ?", String.class, username);
    }

    /** "at 11:54 PM": the decision time of {@code id} as the view shows it (newsroom zone, English). */
    private String decidedAtText(long id) {
        java.time.Instant at = jdbc.queryForObject("select decided_at from comment where id = ?",
                java.sql.Timestamp.class, id).toInstant();
        return "at " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .withZone(zone.zoneId()).format(at);
    }

    private int auditRows(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where target_type = 'comment' and target_id = ?",
                Integer.class, String.valueOf(id));
    }

    @Test
    void a_comment_decided_elsewhere_stays_on_screen_marked_and_pressing_a_then_decides_nothing() {
        Article article = article();
        long before = pending(article, "Davor", "davor", 40);
        long shown = pending(article, "Gelesen", "der gelesene Kommentar", 30);
        long neverOpened = pending(article, "Ungeöffnet", "nie geöffnet", 20);
        ModerationView view = openQueueFor(article);
        _fireShortcut(view.queueArea, Key.KEY_J);
        assertThat(view.decisions.current.id()).isEqualTo(shown);

        // Another moderator approves the comment on this moderator's screen; the announcement reaches the view.
        asAnotherModerator("chefredaktion", () -> moderation.approve(shown, CommentStatus.PENDING, 0));
        view.onChange(new CommentsChanged(CommentsChanged.Kind.DECIDED, List.of(shown)));

        assertThat(view.decisions.current.id()).as("the cursor stays on the comment being read").isEqualTo(shown);
        assertThat(view.decisions.detail.body.getText()).isEqualTo("der gelesene Kommentar");
        assertThat(view.decisions.detail.isMarkedSettled()).isTrue();
        assertThat(view.decisions.detail.settledMark.getText()).isEqualTo("Approved by " + displayName("chefredaktion") + " "
                + decidedAtText(shown));
        assertThat(view.decisions.approve.isEnabled()).isFalse();
        assertThat(view.decisions.reject.isEnabled()).isFalse();
        assertThat(view.decisions.spam.isEnabled()).isFalse();
        assertThat(view.loader.loaded()).as("it has left the list").extracting(QueueRow::id)
                .containsExactly(before, neverOpened);

        NotificationsKt.clearNotifications();
        _fireShortcut(view.queueArea, Key.KEY_A);
        _fireShortcut(view.queueArea, Key.KEY_S);
        _fireShortcut(view.queueArea, Key.KEY_R);
        _fireShortcut(view.queueArea, Key.KEY_X);

        assertThat(status(neverOpened)).as("the comment never opened is not decided").isEqualTo("PENDING");
        assertThat(status(before)).isEqualTo("PENDING");
        assertThat(status(shown)).isEqualTo("APPROVED");
        assertThat(auditRows(shown)).as("only the other moderator's decision").isEqualTo(1);
        assertThat(auditRows(neverOpened)).isZero();
        assertThat(_find(RejectDialog.class)).isEmpty();
        assertThat(view.grid.selectedIds()).isEmpty();
        assertThat(view.decisions.current.id()).isEqualTo(shown);
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .allSatisfy(t -> assertThat(t).contains("Nothing was decided"));

        // Moving on: J goes to the right neighbour, which is decidable again.
        _fireShortcut(view.queueArea, Key.KEY_J);
        assertThat(view.decisions.current.id()).isEqualTo(neverOpened);
        assertThat(view.decisions.detail.isMarkedSettled()).isFalse();
        assertThat(view.decisions.approve.isEnabled()).isTrue();
    }

    /**
     * An approved comment that a reader reported (below the threshold, so still on the site) can be kept: Approve says
     * "Behalten", marks the reports handled, and the comment leaves the reported tab. Before, Approve was off
     * for every approved comment, and one reported without cause stayed in "Nur gemeldete" unless it was rejected.
     */
    @Test
    void an_approved_comment_reported_without_cause_can_be_kept_and_leaves_the_reported_tab() {
        Article article = article();
        long id = pending(article, "Gemeldete", "ein harmloser Kommentar", 30);
        jdbc.update("update comment set status = 'APPROVED', decided_at = now(), version = version + 1 where id = ?", id);
        jdbc.update("insert into comment_report (comment_id, client_hash, reason, note) values (?, 'kept-1', 'INSULT',"
                + " 'Unverschämt')", id);
        jdbc.update("update comment set report_count = 1, report_reasons = '{INSULT}' where id = ?", id);
        UI.getCurrent().setLocale(Locale.GERMAN);
        ModerationView view = openQueueFor(article);
        view.filters.reportedOnly.setValue(true);
        assertThat(view.decisions.current.id()).isEqualTo(id);

        assertThat(view.decisions.approve.isEnabled()).isTrue();
        assertThat(view.decisions.approve.getText()).isEqualTo("Behalten");
        assertThat(view.decisions.approve.getTooltip().getText()).contains("Beanstandungen aus der Leserschaft gelten als bearbeitet");
        NotificationsKt.clearNotifications();
        _fireShortcut(view.queueArea, Key.KEY_A);

        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select report_count = reports_handled from comment where id = ?", Boolean.class,
                id)).as("the reports are handled").isTrue();
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text).anySatisfy(t -> assertThat(t)
                .contains("Kommentar von Gemeldete bleibt freigegeben; die Beanstandungen sind bearbeitet."));
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? order by id desc limit 1",
                String.class, String.valueOf(id))).isEqualTo("APPROVED kept, reports handled");
        assertThat(moderation.page(new de.newsroom.console.comment.ModerationFilter(null, article.id(), null, null,
                false, true), null, 10)).as("the reported tab no longer holds it").isEmpty();
    }

    @Test
    void the_loser_of_a_version_race_is_told_who_decided_what_and_when_and_nothing_else_is_decided() {
        Article article = article();
        long before = pending(article, "Davor", "davor", 30);
        long contested = pending(article, "Streit", "umstritten", 20);
        long next = pending(article, "Ruhig", "unstrittig", 10);
        ModerationView view = openQueueFor(article);
        _fireShortcut(view.queueArea, Key.KEY_J);
        assertThat(view.decisions.current.id()).isEqualTo(contested);

        // Another moderator on another instance decides first; its announcement (NOTIFY) has not arrived here yet.
        decideOnAnotherInstance(contested, "REJECTED", "admin");
        NotificationsKt.clearNotifications();

        view.decisions.approve.click();

        assertThat(status(contested)).isEqualTo("REJECTED");
        assertThat(status(next)).isEqualTo("PENDING");
        String expected = "Rejected by " + displayName("admin") + " " + decidedAtText(contested);
        List<String> texts = NotificationsKt.getNotifications().stream().map(ModerationViewTest::text).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Someone was quicker: " + expected)
                .contains("nothing else was decided"));
        assertThat(view.decisions.current.id()).as("no auto-advance onto another comment").isEqualTo(contested);
        assertThat(view.decisions.detail.settledMark.getText()).isEqualTo(expected);
        assertThat(view.decisions.approve.isEnabled()).isFalse();
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(before, next);

        _fireShortcut(view.queueArea, Key.KEY_A);
        assertThat(status(next)).isEqualTo("PENDING");
        assertThat(status(before)).isEqualTo("PENDING");

        // K from the settled comment goes to its left neighbour.
        _fireShortcut(view.queueArea, Key.KEY_K);
        assertThat(view.decisions.current.id()).isEqualTo(before);
        assertThat(view.decisions.approve.isEnabled()).isTrue();
    }

    @Test
    void moving_onto_a_row_decided_elsewhere_shows_it_decided_before_the_announcement_arrives() {
        Article article = article();
        long first = pending(article, "Erste", "erste", 30);
        long stale = pending(article, "Veraltet", "schon entschieden", 20);
        ModerationView view = openQueueFor(article);
        decideOnAnotherInstance(stale, "SPAM", "admin");

        _fireShortcut(view.queueArea, Key.KEY_J);

        assertThat(view.decisions.current.id()).isEqualTo(stale);
        assertThat(view.decisions.detail.settledMark.getText()).startsWith("Marked as spam by " + displayName("admin"));
        assertThat(view.decisions.spam.isEnabled()).isFalse();
        assertThat(view.decisions.approve.isEnabled()).isFalse();
        _fireShortcut(view.queueArea, Key.KEY_A);
        assertThat(status(stale)).isEqualTo("SPAM");
        assertThat(status(first)).isEqualTo("PENDING");
    }

    @Test
    void a_bulk_decision_skips_rows_decided_elsewhere_and_reports_who_decided_them() {
        Article article = article();
        long mine1 = pending(article, "Eins", "eins", 40);
        long mine2 = pending(article, "Zwei", "zwei", 30);
        long taken = pending(article, "Drei", "drei", 20);
        long untouched = pending(article, "Vier", "vier", 10);
        ModerationView view = openQueueFor(article);
        view.loader.loaded().stream().filter(r -> r.id() != untouched).forEach(view.grid::select);
        asAnotherModerator("admin", () -> moderation.approve(taken, CommentStatus.PENDING, 0));
        NotificationsKt.clearNotifications();

        view.bulk.approveSelected.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm")));

        assertThat(status(mine1)).isEqualTo("APPROVED");
        assertThat(status(mine2)).isEqualTo("APPROVED");
        assertThat(status(untouched)).isEqualTo("PENDING");
        assertThat(auditRows(taken)).isEqualTo(1);
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text).anySatisfy(t -> assertThat(t)
                .contains("2 comments approved, 1 skipped: 1 already approved by " + displayName("admin") + " "
                        + decidedAtText(taken) + "."));
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(untouched);
        assertThat(view.decisions.current.id()).isEqualTo(untouched);
    }

    @Test
    void on_a_phone_the_bulk_bar_folds_to_the_count_actions_and_clear_selection_like_the_article_lists() {
        Article article = article();
        pending(article, "Eins", "eins", 40);
        pending(article, "Zwei", "zwei", 30);
        UI.getCurrent().setLocale(Locale.GERMAN);
        ModerationView view = openQueueFor(article);
        BulkBar bulk = view.bulk;

        // The stylesheet folds the bar on phones by these classes (decision 25's article bar does the same): the
        // count, "Aktionen" and "Auswahl aufheben" stay on the line, the four decisions wait behind "Aktionen".
        assertThat(bulk.getChildren()).containsExactly(bulk.count, bulk.more, bulk.approveSelected,
                bulk.rejectSelected, bulk.approveMatching, bulk.rejectMatching, bulk.clear);
        assertThat(bulk.more.getText()).isEqualTo("Aktionen");
        assertThat(bulk.more.hasClassName("moderation-bulk-more")).isTrue();
        assertThat(bulk.count.isVisible()).isFalse();
        assertThat(bulk.clear.isVisible()).isFalse();
        assertThat(bulk.hasClassName(BulkBar.OPEN)).isFalse();

        view.loader.loaded().forEach(view.grid::select);
        assertThat(bulk.count.getText()).isEqualTo("2 ausgewählt");
        assertThat(bulk.count.isVisible()).isTrue();
        assertThat(bulk.clear.getText()).isEqualTo("Auswahl aufheben");
        assertThat(bulk.clear.isVisible()).isTrue();
        assertThat(bulk.approveSelected.getText()).isEqualTo("Auswahl freigeben (2)");

        bulk.more.click();
        assertThat(bulk.hasClassName(BulkBar.OPEN)).isTrue();
        assertThat(bulk.more.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        bulk.clear.click();
        assertThat(view.grid.getSelectedItems()).isEmpty();
        assertThat(bulk.count.isVisible()).isFalse();
        assertThat(bulk.approveSelected.isEnabled()).isFalse();
        bulk.more.click();
        assertThat(bulk.hasClassName(BulkBar.OPEN)).isFalse();
        assertThat(bulk.more.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        // The shortcuts still work with the bar folded: X ticks the comment on screen, the bar counts it.
        _fireShortcut(view.queueArea, Key.KEY_X);
        assertThat(bulk.count.getText()).isEqualTo("1 ausgewählt");
        // A finished bulk decision folds the bar again.
        bulk.more.click();
        bulk.approveSelected.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm")));
        assertThat(bulk.hasClassName(BulkBar.OPEN)).isFalse();

        // Outside the pending queue nothing can be decided in bulk: "Aktionen" is off and the bar folded.
        bulk.more.click();
        view.filters.reportedOnly.setValue(true);
        assertThat(bulk.more.isEnabled()).isFalse();
        assertThat(bulk.hasClassName(BulkBar.OPEN)).isFalse();
    }

    @Test
    void on_a_phone_the_filters_fold_behind_a_filter_button_that_counts_the_ones_set() {
        Article article = article();
        pending(article, "Eins", "eins", 40);
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("moderator", "MODERATOR");
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        QueueFilterBar filters = view.filters;

        // The stylesheet folds the bar on phones by these classes (the bulk bar's): the status stays, the button right
        // after it (Tab goes from it into what it opens), the other five wait behind it.
        assertThat(filters.getChildren()).containsExactly(filters.status, filters.more, filters.article,
                filters.category, filters.search, filters.flaggedOnly, filters.reportedOnly);
        assertThat(filters.hasClassName("folding-bar")).isTrue();
        assertThat(filters.status.hasClassName("folding-bar-keep")).isTrue();
        assertThat(filters.more.hasClassName("folding-bar-more")).isTrue();
        assertThat(filters.more.getText()).isEqualTo("Filter");
        assertThat(filters.more.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        filters.more.click();
        assertThat(filters.hasClassName(QueueFilterBar.OPEN)).isTrue();
        assertThat(filters.more.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        filters.article.setValue(new ArticleOption(article.id(), article.title()));
        filters.search.setValue("eins");
        filters.reportedOnly.setValue(true);
        filters.more.click();
        // Folded, the button says how many of the five narrow the queue, and stands out while any does.
        assertThat(filters.hasClassName(QueueFilterBar.OPEN)).isFalse();
        assertThat(filters.more.getText()).isEqualTo("Filter (3)");
        assertThat(filters.more.hasClassName("moderation-filters-more-active")).isTrue();
        // The status is not counted: it shows on the line itself.
        filters.reportedOnly.setValue(false);
        filters.status.setValue(CommentStatus.APPROVED);
        assertThat(filters.more.getText()).isEqualTo("Filter (2)");
        filters.article.clear();
        filters.search.clear();
        assertThat(filters.more.getText()).isEqualTo("Filter");
        assertThat(filters.more.hasClassName("moderation-filters-more-active")).isFalse();
    }

    @Test
    void on_a_phone_edit_and_author_wait_behind_mehr_and_its_menu_calls_the_same_actions() {
        Article article = article();
        long id = pending(article, "Handy", "Kurz und knapp.", 10);
        UI.getCurrent().setLocale(Locale.GERMAN);
        ModerationView view = openQueueFor(article);
        DecisionPanel decisions = view.decisions;
        assertThat(decisions.current.id()).isEqualTo(id);

        // comments.css shows "Mehr" on phones only and hides the Edit and Author buttons there by these ids and class.
        assertThat(decisions.more.getText()).isEqualTo("Mehr");
        assertThat(decisions.more.hasClassName("moderation-actions-more")).isTrue();
        assertThat(decisions.edit.getId()).hasValue("action-edit");
        assertThat(decisions.commenter.getId()).hasValue("action-commenter");
        assertThat(decisions.moreMenu.getTarget()).isSameAs(decisions.more);
        assertThat(decisions.moreMenu.isOpenOnClick()).isTrue();
        assertThat(decisions.moreMenu.getItems()).extracting(com.vaadin.flow.component.contextmenu.MenuItem::getText)
                .containsExactly("Bearbeiten", "Kommentierende…");
        assertThat(decisions.moreEdit.isEnabled()).isTrue();
        assertThat(decisions.moreCommenter.isVisible()).isTrue();

        com.github.mvysny.kaributesting.v10.ContextMenuKt._click(decisions.moreEdit);
        EditDialog dialog = _get(EditDialog.class);
        assertThat(dialog.text.getValue()).isEqualTo("Kurz und knapp.");
        dialog.close();

        // Decided: nothing left to edit, from the menu either.
        decisions.approve.click();
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(decisions.current).isNull();
        assertThat(decisions.moreEdit.isEnabled()).isFalse();
        assertThat(decisions.more.isEnabled()).isFalse();
    }

    @Test
    void the_reported_filter_has_a_short_label_in_both_languages_and_says_any_status_in_its_tooltip() {
        login("moderator", "MODERATOR");
        navigate("moderation");
        QueueFilterBar english = _get(ModerationView.class).filters;
        assertThat(english.reportedOnly.getLabel()).isEqualTo("Reported only");
        assertThat(english.reportedOnly.getTooltip().getText()).contains("any status");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("moderation/commenters");
        navigate("moderation");
        QueueFilterBar german = _get(ModerationView.class).filters;
        // Beside "Nur markierte"; "Gemeldet (alle Status)" pushed the filters onto a second line at 1440 px.
        assertThat(german.reportedOnly.getLabel()).isEqualTo("Nur gemeldete");
        assertThat(german.reportedOnly.getTooltip().getText()).contains("in jedem Status");
        german.reportedOnly.setValue(true);
        assertThat(german.status.isEnabled()).isFalse();
        // Alone, the reported tab's empty state says every report was dealt with; with another filter, the usual text.
        ModerationView view = _get(ModerationView.class);
        assertThat(view.grid.getEmptyStateText()).isEqualTo(
                "Keine gemeldeten Kommentare: Alle Beanstandungen aus der Leserschaft sind bearbeitet.");
        german.search.setValue("kein-solcher-text-" + UUID.randomUUID());
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Kein Kommentar passt zu diesen Filtern.");
    }

    @Test
    void the_bulk_report_uses_plural_forms_in_english_and_german() {
        ModerationView view = openQueueFor(article());
        var at = java.time.Instant.parse("2026-12-01T22:54:00Z");
        var result = new BulkDecision(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), List.of(
                new BulkDecision.Skipped(20, BulkDecision.Reason.DECIDED, CommentStatus.APPROVED, "Mona Moderatorin",
                        at),
                new BulkDecision.Skipped(21, BulkDecision.Reason.GONE, null, null, null)));
        DecisionTexts english = new DecisionTexts(view::getTranslation, Locale.ENGLISH, zone.zoneId(),
                java.time.Clock.fixed(at, zone.zoneId()));
        assertThat(english.bulkReport(true, result)).isEqualTo(
                "12 comments approved, 2 skipped: 1 already approved by Mona Moderatorin at 11:54\u202FPM; "
                        + "1 no longer exists.");
        UI.getCurrent().setLocale(Locale.GERMAN);
        DecisionTexts german = new DecisionTexts(view::getTranslation, Locale.GERMAN, zone.zoneId(),
                java.time.Clock.fixed(at, zone.zoneId()));
        assertThat(german.bulkReport(true, result)).isEqualTo(
                "12 Kommentare freigegeben, 2 übersprungen: 1 bereits von Mona Moderatorin um 23:54 freigegeben; "
                        + "1 existiert nicht mehr.");
        assertThat(german.bulkReport(false, new BulkDecision(List.of(1L), List.of())))
                .isEqualTo("1 Kommentar abgelehnt.");
        assertThat(german.decided(CommentStatus.APPROVED, "Mona Moderatorin", at))
                .isEqualTo("Freigegeben von Mona Moderatorin um 23:54");
        assertThat(german.decided(CommentStatus.REJECTED, "Mona Moderatorin", at.minusSeconds(86_400)))
                .isEqualTo("Abgelehnt von Mona Moderatorin am 30.11.2026 um 23:54");
    }

    @Test
    void rejected_comments_can_be_browsed_and_the_decision_reversed() {
        Article article = article();
        long id = pending(article, "Umkehr", "erst abgelehnt", 20);
        jdbc.update("update comment set status = 'REJECTED', reject_reason = 'INSULT', version = 1 where id = ?", id);
        ModerationView view = openQueueFor(article);
        assertThat(view.loader.loaded()).isEmpty();

        view.filters.status.setValue(CommentStatus.REJECTED);
        assertThat(view.decisions.current.id()).isEqualTo(id);
        assertThat(view.decisions.reject.isEnabled()).isFalse();
        view.decisions.approve.click();
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? order by id desc limit 1",
                String.class, String.valueOf(id))).contains("REJECTED → APPROVED (reversed)");
    }

    private void pressUndo() {
        var buttons = _find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId(UndoNotice.UNDO_ID));
        assertThat(buttons).as("one Undo button on screen").hasSize(1);
        buttons.getFirst().click();
    }

    /**
     * The moderator's first-hour sweep, keyboard only: the toast's Undo sat eight Tab presses away from the queue, in
     * a toast that closes after eight seconds. Z takes back the last decision while its toast is open.
     */
    @Test
    void z_undoes_the_last_decision_while_its_toast_is_open_and_says_when_there_is_none() {
        Article article = article();
        long first = pending(article, "Flink", "eins", 20);
        long second = pending(article, "Später", "zwei", 10);
        ModerationView view = openQueueFor(article);
        NotificationsKt.clearNotifications();

        _fireShortcut(view.queueArea, Key.KEY_Z);
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .anySatisfy(t -> assertThat(t).contains("Nothing to undo"));
        assertThat(status(first)).isEqualTo("PENDING");

        _fireShortcut(view.queueArea, Key.KEY_A);
        assertThat(status(first)).isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(second);
        NotificationsKt.clearNotifications();
        _fireShortcut(view.queueArea, Key.KEY_A);
        assertThat(status(second)).isEqualTo("APPROVED");

        _fireShortcut(view.queueArea, Key.KEY_Z);
        assertThat(status(second)).isEqualTo("PENDING");
        assertThat(status(first)).as("only the last decision").isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(second);
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .anySatisfy(t -> assertThat(t).contains("Decision undone."));

        NotificationsKt.clearNotifications();
        _fireShortcut(view.queueArea, Key.KEY_Z);
        assertThat(status(first)).as("a second Z takes back nothing more").isEqualTo("APPROVED");
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .anySatisfy(t -> assertThat(t).contains("Nothing to undo"));
    }

    @Test
    void quick_decisions_leave_one_toast_and_its_undo_takes_back_the_last_decision_only() {
        Article article = article();
        long first = pending(article, "Erste", "eins", 30);
        long second = pending(article, "Zweite", "zwei", 20);
        long third = pending(article, "Dritte", "drei", 10);
        ModerationView view = openQueueFor(article);
        NotificationsKt.clearNotifications();

        _fireShortcut(view.queueArea, Key.KEY_A);
        _fireShortcut(view.queueArea, Key.KEY_A);

        assertThat(view.decisions.current.id()).isEqualTo(third);
        // One toast, not one per key: at the queue's pace they piled up by the dozen in the browser.
        assertThat(NotificationsKt.getNotifications()).as("toasts on screen").hasSize(1);
        assertThat(text(NotificationsKt.getNotifications().getFirst())).contains("Zweite");
        pressUndo();
        assertThat(status(second)).isEqualTo("PENDING");
        assertThat(status(first)).as("the earlier decision stands").isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(second);
    }

    @Test
    void an_approval_is_undone_from_its_toast_and_the_comment_is_back_on_screen() {
        Article article = article();
        long first = pending(article, "Vorschnell", "zu schnell freigegeben", 20);
        long second = pending(article, "Danach", "der nächste", 10);
        ModerationView view = openQueueFor(article);
        NotificationsKt.clearNotifications();

        view.decisions.approve.click();
        assertThat(status(first)).isEqualTo("APPROVED");
        assertThat(view.decisions.current.id()).isEqualTo(second);
        Notification toast = NotificationsKt.getNotifications().getLast();
        assertThat(toast.getDuration()).isEqualTo(UndoNotice.DURATION_MS);
        assertThat(text(toast)).contains("Undo");

        pressUndo();

        assertThat(status(first)).isEqualTo("PENDING");
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(first, second);
        assertThat(view.decisions.current.id()).isEqualTo(first);
        assertThat(view.decisions.approve.isEnabled()).isTrue();
        assertThat(jdbc.queryForObject("select detail from audit_event where target_id = ? order by id desc limit 1",
                String.class, String.valueOf(first))).isEqualTo("APPROVED → PENDING (reversed)");
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .anySatisfy(t -> assertThat(t).contains("Decision undone."));
    }

    @Test
    void an_undo_after_another_moderator_changed_the_comment_says_so_and_changes_nothing() {
        Article article = article();
        long id = pending(article, "Streit", "umstritten", 20);
        ModerationView view = openQueueFor(article);
        NotificationsKt.clearNotifications();
        view.decisions.spam.click();
        asAnotherModerator("chefredaktion", () -> moderation.approve(id, CommentStatus.SPAM, 1));

        pressUndo();

        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text).anySatisfy(t -> assertThat(t)
                .startsWith("Not undone, someone changed the comment after your decision: Approved by "
                        + displayName("chefredaktion")));
    }

    @Test
    void a_bulk_approval_is_undone_from_its_toast() {
        Article article = article();
        long a = pending(article, "Alpha", "alpha", 30);
        long b = pending(article, "Beta", "beta", 20);
        ModerationView view = openQueueFor(article);
        view.loader.loaded().forEach(view.grid::select);
        NotificationsKt.clearNotifications();
        view.bulk.approveSelected.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("bulk-confirm")));
        assertThat(List.of(status(a), status(b))).containsOnly("APPROVED");

        pressUndo();

        assertThat(List.of(status(a), status(b))).containsOnly("PENDING");
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(a, b);
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .anySatisfy(t -> assertThat(t).contains("2 decisions undone."));
    }

    @Test
    void a_moderator_edits_the_text_before_approving_and_only_an_admin_sees_the_original() {
        Article article = article();
        long id = pending(article, "Telefon", "Meine Nummer ist 0171 1234567.", 10);
        ModerationView view = openQueueFor(article);
        assertThat(view.decisions.current.id()).isEqualTo(id);

        view.decisions.edit.click();
        EditDialog dialog = _get(EditDialog.class);
        assertThat(dialog.text.getValue()).isEqualTo("Meine Nummer ist 0171 1234567.");
        dialog.text.setValue("  ");
        dialog.save.click();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("The text must not be empty.");
        dialog.text.setValue("Meine Nummer ist [von der Redaktion entfernt].");
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.decisions.detail.body.getText()).isEqualTo("Meine Nummer ist [von der Redaktion entfernt].");
        assertThat(_get(view.decisions.detail, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("comment-detail-edited")).getText()).isEqualTo("Edited by the newsroom");
        assertThat(_find(view.decisions.detail, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("show-original"))).isEmpty();
        assertThat(view.decisions.detail.getElement().getTextRecursively()).doesNotContain("0171");
        // Still on screen at its new version: approving it works.
        view.decisions.approve.click();
        assertThat(status(id)).isEqualTo("APPROVED");

        login("admin", "ADMIN");
        navigate("moderation/settings"); // away first: the same route would keep the moderator's view instance
        navigate("moderation");
        ModerationView adminView = _get(ModerationView.class);
        adminView.filters.article.setValue(new ArticleOption(article.id(), article.title()));
        adminView.filters.status.setValue(CommentStatus.APPROVED);
        assertThat(adminView.decisions.current.id()).isEqualTo(id);
        _get(adminView.decisions.detail, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("show-original")).click();
        assertThat(adminView.decisions.detail.original.getText()).isEqualTo("Meine Nummer ist 0171 1234567.");
    }

    @Test
    void a_moderator_sees_no_block_button_but_an_admin_blocks_the_sender_after_a_confirmation() {
        Article article = article();
        long first = pending(article, "Spammer " + article.slug(), "Kaufen Sie jetzt!", 5);

        ModerationView asModerator = openQueueFor(article);
        assertThat(asModerator.decisions.detail.body.getText()).isEqualTo("Kaufen Sie jetzt!");
        assertThat(asModerator.decisions.detail.blockSender.isAttached()).isFalse();

        login("admin", "ADMIN");
        navigate("moderation/settings"); // away first: navigating to the open route keeps the moderator's view
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.filters.article.setValue(new ArticleOption(article.id(), article.title()));
        assertThat(view.decisions.detail.blockSender.isAttached()).isTrue();
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        view.decisions.detail.blockSender.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("block-confirm"));
        // The cursor waits on Cancel, not on the red "Kommentierende sperren" (CancelFirstBrowserIT checks the focus).
        assertThat(confirm.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        String hash = jdbc.queryForObject("select client_hash from comment where id = ?", String.class, first);
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_author where kind = 'CLIENT_HASH' "
                + "and value = ?", Integer.class, hash)).isEqualTo(1);
        assertThat(status(first)).as("the shown comment is left for the moderator to decide").isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select note from comment_blocked_author where value = ?", String.class, hash))
                .isEqualTo("Author of comment " + first + " (Spammer " + article.slug() + ")");

        // Blocking again says so instead of failing.
        view.decisions.detail.blockSender.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("block-confirm")));
        assertThat(jdbc.queryForObject("select count(*) from comment_blocked_author where value = ?", Integer.class,
                hash)).isEqualTo(1);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Author blocked. Further comments from this masked IP will be rejected as spam.",
                "This author is blocked already.");
    }

    @Test
    void bulk_approve_all_matching_the_filter_after_a_confirmation() {
        Article article = article();
        for (int i = 0; i < 30; i++) {
            pending(article, "Masse " + i, "Kommentar " + i, 60 - i);
        }
        ModerationView view = openQueueFor(article);
        view.bulk.approveMatching.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(confirm)).contains("30");
        // Thirty unread comments go public with one key: the cursor waits on Cancel, so an Enter out of habit
        // publishes nothing (before, it stood on the confirm button), and that button names how many.
        assertThat(confirm.getElement().hasAttribute(de.newsroom.console.base.ui.CancelFirst.ATTRIBUTE)).isTrue();
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Approve 30");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(jdbc.queryForObject("select count(*) from comment where article_id = ? and status = 'APPROVED'",
                Integer.class, article.id())).isEqualTo(30);
        assertThat(view.loader.loaded()).isEmpty();
        assertThat(NotificationsKt.getNotifications()).map(ModerationViewTest::text)
                .anySatisfy(t -> assertThat(t).contains("30 comments approved."));
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
        // The comment's cell holds the text after the (here empty) decision badge's template.
        assertThat(_getFormattedRow(view.grid, 1)).contains("Live")
                .anySatisfy(cell -> assertThat(cell).endsWith("Ganz frisch"));
        assertThat(view.loader.loaded()).extracting(QueueRow::id).containsExactly(old, receipt.id());
    }

    @Test
    void news_run_by_the_broadcasting_thread_still_run_as_the_moderator_with_the_queue_open() throws Exception {
        // Whoever holds the session lock runs queued UI tasks: with the lock free (between two requests, or while
        // Karibu's runUIQueue briefly unlocks), the broadcaster's own thread, which has no user, runs the refresh.
        Article article = article();
        ModerationView view = openQueueFor(article);
        await250msOfNews();
        view.badge.setText("stale");
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.setErrorHandler(event -> errors.add(event.getThrowable()));
        session.unlock();
        try {
            SystemAuthentication.call(() -> intake.submit(article.slug(),
                    new CommentSubmission("Nebenläufig", null, "Vom Sender", null, null), "bg-" + UUID.randomUUID(),
                    null, Locale.GERMAN));
            long deadline = System.currentTimeMillis() + 10_000;
            while (errors.isEmpty() && "stale".equals(view.badge.getText())
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            session.lock();
        }
        assertThat(errors).isEmpty();
        assertThat(view.badge.getText()).endsWith("pending");
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "") + n.getElement().getTextRecursively();
    }
}
