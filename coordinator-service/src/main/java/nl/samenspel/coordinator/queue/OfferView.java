package nl.samenspel.coordinator.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * An offer waiting for acceptance and how much time is left (negative: the deadline is being processed).
 *
 * @param organisationUnreachableSince since when the organisation's webhook has not taken this urgent offer (reach it
 *                                     another way); absent while nothing is known against it
 */
public record OfferView(String caseReference, String municipalityCode, String organisationId, String supporterId,
                        Instant deadline, Duration timeLeft, Instant organisationUnreachableSince) {
}
