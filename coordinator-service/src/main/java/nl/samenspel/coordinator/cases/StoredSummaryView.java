package nl.samenspel.coordinator.cases;

/**
 * A warm-handover summary as stored: still sealed, with what is needed to decide whether it may be read.
 *
 * @param consentHeld whether the resident's consent for the receiving organisation is recorded and not withdrawn
 */
public record StoredSummaryView(String handoverId, String caseReference, String residentPseudonym,
                                String toOrganisationId, boolean consentHeld, SealedText summary) {
}
