package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the resident's consent to share a warm-handover summary with one organisation. */
public record RecordConsentCommand(
        @TargetAggregateIdentifier String caseReference,
        String organisationId,
        Actor actor) {
}
