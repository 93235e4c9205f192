package de.newsroom.console.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Escape in a dialog's clearable combo box closes the dialog with nothing changed. Vaadin's combo box with a clear
 * button takes the first Escape (list closed) to clear its value and keeps the key from the dialog, so the dialog
 * stayed open with the field emptied, where a later Enter or click saved the empty choice (a category moved to the
 * top level, an article left without category). With the list open, Escape still only closes the list.
 *
 * <p>The key is caught on its way down (capture phase) to the combo box, before its own handler; the dialog is closed
 * on the server, as its Cancel button does. The browser listener is installed on every attach, since a dialog that
 * is opened again gets a new element in the browser.
 */
public final class EscapeCloses {

    static final String EVENT = "newsroom-escape-closes";

    private EscapeCloses() {
    }

    /** Makes Escape in {@code field} (its list closed) run {@code close} instead of clearing the field. */
    public static void apply(ComboBox<?> field, Runnable close) {
        field.getElement().addEventListener(EVENT, e -> close.run());
        field.addAttachListener(e -> install(field));
        if (field.isAttached()) {
            install(field);
        }
    }

    private static void install(ComboBox<?> field) {
        field.getElement().executeJs("""
                if (this.__newsroomEscapeCloses) return;
                this.__newsroomEscapeCloses = true;
                this.addEventListener('keydown', e => {
                  if (e.key === 'Escape' && !this.opened && !e.isComposing) {
                    e.stopPropagation();
                    e.preventDefault();
                    this.dispatchEvent(new CustomEvent($0));
                  }
                }, true);""", EVENT);
    }
}
