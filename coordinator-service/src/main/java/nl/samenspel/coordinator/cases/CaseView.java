package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the coordinator and the owning organisation see it (no summary: that is fetched per handover).
 * {@code offerWithdrawnFrom} is the organisation whose unanswered offer the coordinator withdrew, until someone accepts;
 * {@code consentedOrganisationIds} are the organisations the resident consented to share a summary with.
 */
public record CaseView(String caseReference, String residentPseudonym, String municipalityCode, String districtCode,
                       List<String> lifeDomains, List<String> targetGroups, Phase phase, String language, Urgency urgency,
                       List<ComplexityFlag> complexityFlags, LocalDate legalDeadline, List<String> careProviders,
                       String accessDecisionPendingIn, String preferredSupporterId, String preferredOrganisationId,
                       SupportKind preferredKind, CaseState state, boolean overdue, boolean awaitingFormal,
                       String ownerOrganisationId, String ownerSupporterId, SupportKind ownerKind, String coSupporterId,
                       String offeredOrganisationId, String offeredSupporterId, Instant offerDeadline, String handoverId,
                       String handoverToOrganisationId, HandoverReason handoverReason, Instant handoverDeadline,
                       int totalMinutes, Instant openedAt, Instant closedAt, Outcome outcome, String lastSupporterId,
                       String offerWithdrawnFrom, List<String> consentedOrganisationIds) {
}
