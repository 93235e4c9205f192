package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import de.newsroom.console.comment.live.CommentBroadcaster;
import de.newsroom.console.comment.live.CommentsChanged;
import java.io.Serializable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands changes announced by this or another instance to the owner's UI while it is attached, so the queue and its
 * badge follow new and decided comments without a reload. The registration ends on detach: a closed tab must not
 * keep receiving (nor keep its UI reachable from the broadcaster).
 */
final class LiveQueueUpdates implements Serializable {

    private final transient CommentBroadcaster broadcaster;
    private final SerializableConsumer<CommentsChanged> apply;
    private Registration registration;

    private LiveQueueUpdates(CommentBroadcaster broadcaster, SerializableConsumer<CommentsChanged> apply) {
        this.broadcaster = broadcaster;
        this.apply = apply;
    }

    static void follow(Component owner, CommentBroadcaster broadcaster, SerializableConsumer<CommentsChanged> apply) {
        var live = new LiveQueueUpdates(broadcaster, apply);
        owner.addAttachListener(attach -> live.start(attach.getUI()));
        owner.addDetachListener(detach -> live.stop());
    }

    /**
     * Whoever holds the session lock runs the queued task, which may be the broadcasting thread. Vaadin's security
     * strategy finds the viewer in the HTTP session there; the context captured on attach covers a session without
     * one (the browserless view tests, where the broadcasting thread could otherwise run the task anonymously).
     */
    private void start(com.vaadin.flow.component.UI ui) {
        SecurityContext viewer = SecurityContextHolder.getContext();
        registration = broadcaster.register(change -> ui.access(
                () -> new DelegatingSecurityContextRunnable(() -> apply.accept(change), viewer).run()));
    }

    private void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
