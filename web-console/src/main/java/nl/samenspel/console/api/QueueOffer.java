package nl.samenspel.console.api;

import java.time.Instant;

/**
 * An offer awaiting acceptance as the coordinator's work queue lists it ({@code GET /queue/offers}).
 *
 * @param organisationUnreachableSince since when the organisation's webhook has not taken this urgent offer; absent
 *                                     while nothing is known against it
 */
public record QueueOffer(String caseReference, String organisationId, Instant organisationUnreachableSince) {
}
