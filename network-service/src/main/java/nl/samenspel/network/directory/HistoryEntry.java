package nl.samenspel.network.directory;

import java.time.Instant;

/** One event in an organisation's or supporter's history: the audit trail is the event stream itself. */
public record HistoryEntry(long sequence, String what, Instant at, Object details) {
}
