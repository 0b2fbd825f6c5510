package nl.samenspel.coordinator.cases;

import java.time.Instant;

/** Payload of the persistent no-progress check, scheduled at every sign of progress. */
public record ProgressCheck(Instant progressAt) {
    static final String NAME = "no-progress";
}
