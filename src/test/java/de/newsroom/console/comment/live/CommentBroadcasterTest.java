package de.newsroom.console.comment.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The guard for the mixed-load fix: a burst of new comments costs an open moderation queue a few refreshes, not one
 * per comment, and still reaches it well within the second the live queue promises.
 */
class CommentBroadcasterTest {

    private final CommentBroadcaster broadcaster = new CommentBroadcaster();
    private final LinkedBlockingQueue<CommentsChanged> received = new LinkedBlockingQueue<>();

    @Test
    void a_burst_of_500_new_comments_reaches_a_view_in_a_few_changes_within_a_second() throws Exception {
        broadcaster.register(received::add);
        long start = System.nanoTime();
        LongStream.rangeClosed(1, 500).forEach(id ->
                broadcaster.broadcast(new CommentsChanged(CommentsChanged.Kind.NEW, List.of(id))));

        List<Long> ids = new java.util.ArrayList<>();
        int changes = 0;
        while (ids.size() < 500) {
            CommentsChanged change = received.poll(2, TimeUnit.SECONDS);
            assertThat(change).as("all 500 announced, %d so far", ids.size()).isNotNull();
            assertThat(change.kind()).isEqualTo(CommentsChanged.Kind.NEW);
            ids.addAll(change.ids());
            changes++;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(ids).as("every comment once, in order").containsExactlyElementsOf(
                LongStream.rangeClosed(1, 500).boxed().toList());
        assertThat(changes).as("refreshes for 500 comments").isLessThanOrEqualTo(3);
        assertThat(millis).as("ms until the view heard of all of them").isLessThan(1_000);
    }

    @Test
    void a_decision_is_passed_on_by_itself_without_waiting_for_new_comments() throws Exception {
        broadcaster.register(received::add);
        var decided = new CommentsChanged(CommentsChanged.Kind.DECIDED, List.of(7L, 8L));
        broadcaster.broadcast(decided);
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isEqualTo(decided);
    }
}
