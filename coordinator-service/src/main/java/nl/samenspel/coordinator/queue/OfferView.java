package nl.samenspel.coordinator.queue;

import java.time.Duration;
import java.time.Instant;

/** An offer waiting for acceptance and how much time is left (negative: the deadline is being processed). */
public record OfferView(String caseReference, String municipalityCode, String organisationId, String supporterId,
                        Instant deadline, Duration timeLeft) {
}
