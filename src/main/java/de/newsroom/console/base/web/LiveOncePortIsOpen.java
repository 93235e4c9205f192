package de.newsroom.console.base.web;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Reports the process as live as soon as the HTTP port is open. Spring Boot publishes liveness only once the whole
 * context has started, so the lifecycle beans that start after Tomcat (the comment LISTEN connection, schedulers,
 * Vaadin's start-up work) would otherwise leave {@code /actuator/health/liveness} answering 503 for a process that is
 * working, and an orchestrator counts that as a failed probe. Readiness is untouched: it goes UP only after the
 * migrations and the seeding runners.
 */
@Component
class LiveOncePortIsOpen implements ApplicationListener<WebServerInitializedEvent> {

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        AvailabilityChangeEvent.publish(event.getApplicationContext(), LivenessState.CORRECT);
    }
}
