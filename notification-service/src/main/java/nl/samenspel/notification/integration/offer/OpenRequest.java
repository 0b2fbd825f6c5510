package nl.samenspel.notification.integration.offer;

import java.time.Instant;

/**
 * Something an organisation is asked to answer before a deadline: an offer (<i>aanbod</i>) or a handover request
 * (<i>overdracht</i>), or the fact that it was answered, withdrawn or expired.
 *
 * @param caseReference the case it is about (never shown to a person outside the console)
 * @param handover      a handover request rather than an offer
 * @param ended         answered, withdrawn or expired: nothing to remind of any more
 * @param urgency       {@code LOW}, {@code NORMAL} or {@code HIGH}; absent when ended
 * @param askedAt       when it was offered or requested; absent when ended
 * @param deadline      when it expires unanswered; absent when ended
 */
public record OpenRequest(String caseReference, boolean handover, boolean ended, String urgency, Instant askedAt,
                          Instant deadline) {
}
