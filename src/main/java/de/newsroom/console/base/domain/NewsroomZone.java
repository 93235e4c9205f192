package de.newsroom.console.base.domain;

import java.time.ZoneId;

/** The zone in which the newsroom reads and schedules times (Europe/Berlin unless configured otherwise). */
public record NewsroomZone(ZoneId zoneId) {
}
