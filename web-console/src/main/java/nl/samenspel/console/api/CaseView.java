package nl.samenspel.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the coordinator-service returns it ({@code GET /cases/{reference}} and the lists), with the organisations
 * the resident consented to share a summary with.
 */
public record CaseView(String caseReference, String residentPseudonym, String municipalityCode, String districtCode,
                       List<String> lifeDomains, List<String> targetGroups, String phase, String language, String urgency,
                       List<String> complexityFlags, LocalDate legalDeadline, List<String> careProviders,
                       String accessDecisionPendingIn, String preferredSupporterId, String preferredOrganisationId,
                       String preferredKind, String state, boolean overdue, boolean awaitingFormal,
                       String ownerOrganisationId, String ownerSupporterId, String ownerKind, String coSupporterId,
                       String offeredOrganisationId, String offeredSupporterId, Instant offerDeadline, String handoverId,
                       String handoverToOrganisationId, String handoverReason, Instant handoverDeadline,
                       int totalMinutes, Instant openedAt, Instant closedAt, String outcome, String lastSupporterId,
                       List<String> consentedOrganisationIds) {

    public CaseView {
        lifeDomains = lifeDomains == null ? List.of() : lifeDomains;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
        complexityFlags = complexityFlags == null ? List.of() : complexityFlags;
        careProviders = careProviders == null ? List.of() : careProviders;
        consentedOrganisationIds = consentedOrganisationIds == null ? List.of() : consentedOrganisationIds;
    }

    /** The deadline that matters now: the offer's or the handover's. */
    public Instant deadline() {
        return offerDeadline != null ? offerDeadline : handoverDeadline;
    }

    public boolean isClosed() {
        return "CLOSED".equals(state);
    }

    public boolean isHandoverPending() {
        return "HANDOVER_PENDING".equals(state);
    }

    public boolean isOffered() {
        return "OFFERED".equals(state);
    }

    /** Opened or back in the queue: the coordinator can dispatch it. */
    public boolean isDispatchable() {
        return "OPENED".equals(state);
    }
}
