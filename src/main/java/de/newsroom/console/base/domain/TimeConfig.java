package de.newsroom.console.base.domain;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time comes from one injected Clock so schedules and lockouts can be tested; the newsroom's zone is configurable. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NewsroomZone newsroomZone(@Value("${newsroom.zone:Europe/Berlin}") String zone) {
        return new NewsroomZone(ZoneId.of(zone));
    }
}
