package de.newsroom.console.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import de.newsroom.console.base.domain.NewsroomZone;
import de.newsroom.console.comment.surge.SurgeGuard;
import de.newsroom.console.comment.surge.SurgePolicy;
import de.newsroom.console.comment.surge.SurgeStatus;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Announces an active surge guard ("Surge guard active since 20:14: 1,240 pending comments – new comments are held
 * back") on the moderation queue and the dashboard. Hidden while the guard is off; follows every switch without a
 * reload while attached (the guard tells it, on this instance within one evaluation of a switch anywhere).
 */
public final class SurgeBanner extends Div {

    private final transient SurgeGuard guard;
    private final NewsroomZone zone;
    private Registration registration;

    public SurgeBanner(SurgeGuard guard, NewsroomZone zone) {
        this.guard = guard;
        this.zone = zone;
        addClassName("surge-banner");
        getElement().setAttribute("role", "status");
        show(guard.current());
    }

    void show(SurgeStatus status) {
        setVisible(status.active());
        if (!status.active()) {
            setText("");
            return;
        }
        String since = status.since() == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale()).format(status.since().atZone(zone.zoneId()));
        String trigger = status.trigger() == null ? ""
                : getTranslation("comment.surge.trigger." + status.trigger().name(), status.triggerValue());
        String policy = status.policy() == null ? "" : status.policy() == SurgePolicy.CLOSE_HOT_ARTICLES
                ? getTranslation("comment.surge.policy." + status.policy().name(), status.closedSlugs().size())
                : getTranslation("comment.surge.policy." + status.policy().name());
        setText(getTranslation("comment.surge.banner", since, trigger, policy));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var ui = event.getUI();
        show(guard.current());
        registration = guard.register(status -> ui.access(() -> show(status)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(event);
    }
}
