package de.newsroom.console.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * For confirmations that cannot be undone (deleting a keyword, a picture, an empty category): the cursor waits on
 * Cancel, not on the red button, so an Enter pressed out of habit deletes nothing. Escape cancels as in every dialog;
 * Tab reaches the red button. The dialog's own Cancel button is kept (its look, and its place before the red button
 * in the tab order); a replacement button would come after it.
 */
public final class CancelFirst {

    /** Marks the dialogs that wait on Cancel (for tests; the browser code below does the work). */
    public static final String ATTRIBUTE = "data-cancel-first";

    private CancelFirst() {
    }

    /** Makes {@code dialog} cancelable and moves the focus to its Cancel button each time it opens. */
    public static void apply(ConfirmDialog dialog) {
        dialog.setCancelable(true);
        dialog.getElement().setAttribute(ATTRIBUTE, true);
        // The confirm dialog focuses its confirm button as it opens; Cancel takes the focus two frames after it is
        // laid out, the same wait as the category dialog's choice of target (WhenLaidOut). Polled, because the
        // dialog's host element itself is never laid out; given up after five seconds.
        dialog.getElement().executeJs("""
                const dialog = this;
                const focusCancel = () => {
                  let tries = 0;
                  const timer = setInterval(() => {
                    const cancel = dialog.querySelector('[slot="cancel-button"]');
                    if ((cancel && cancel.offsetWidth > 0) || ++tries > 100) {
                      clearInterval(timer);
                      if (cancel) requestAnimationFrame(() => requestAnimationFrame(() => cancel.focus()));
                    }
                  }, 50);
                };
                dialog.addEventListener('opened-changed', e => { if (e.detail.value) focusCancel(); });
                if (dialog.opened) focusCancel();""");
    }
}
