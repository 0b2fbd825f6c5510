package nl.samenspel.coordinator.queue;

import java.time.Instant;

/** One thing that happened to a case. */
public record TimelineEntryView(long sequence, Instant happenedAt, String fact, String detail) {
}
