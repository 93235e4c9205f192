package de.newsroom.console.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.KaribuTest;
import de.newsroom.console.comment.RejectReason;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RejectDialogTest extends KaribuTest {

    @Test
    void no_reason_is_preselected_and_confirming_without_one_asks_for_it() {
        AtomicReference<RejectReason> chosen = new AtomicReference<>();
        var dialog = new RejectDialog("Ablehnen", (reason, note) -> chosen.set(reason));
        dialog.open();

        assertThat(dialog.reason.getValue()).isNull();
        // The cursor stands on the first reason (arrow keys choose, Enter rejects), which is not chosen by that.
        assertThat(dialog.reason.getChildren().findFirst().orElseThrow().getElement()
                .getProperty("autofocus", false)).isTrue();
        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(chosen.get()).isNull();

        dialog.reason.setValue(RejectReason.INSULT);
        assertThat(dialog.reason.isInvalid()).isFalse();
        dialog.confirm.click();
        assertThat(chosen.get()).isEqualTo(RejectReason.INSULT);
        assertThat(dialog.isOpened()).isFalse();
    }
}
