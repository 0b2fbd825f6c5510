package nl.samenspel.console.api;

import java.time.Instant;

/** One thing that happened to a case. */
public record TimelineEntry(long sequence, Instant happenedAt, String fact, String detail) {
}
