package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import java.util.List;

/**
 * J/K move through the queue, A/R/S decide the comment on screen, Z undoes the last decision while its toast is open,
 * X ticks it for a bulk decision, C opens its commenter.
 */
final class QueueShortcuts {

    /** In the order the legend shows them. */
    static final List<String> KEYS = List.of("J", "K", "A", "R", "S", "Z", "X", "C");

    private QueueShortcuts() {
    }

    static void install(Component queueArea, DecisionPanel decisions) {
        // Listening on the queue area only: typing an "a" in the search field must not approve anything.
        Shortcuts.addShortcutListener(queueArea, () -> decisions.move(1), Key.KEY_J).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, () -> decisions.move(-1), Key.KEY_K).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, decisions::approveCurrent, Key.KEY_A).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, decisions::rejectCurrent, Key.KEY_R).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, decisions::spamCurrent, Key.KEY_S).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, decisions::undoLast, Key.KEY_Z).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, decisions::toggleSelection, Key.KEY_X).listenOn(queueArea);
        Shortcuts.addShortcutListener(queueArea, decisions::commenterCurrent, Key.KEY_C).listenOn(queueArea);
    }
}
