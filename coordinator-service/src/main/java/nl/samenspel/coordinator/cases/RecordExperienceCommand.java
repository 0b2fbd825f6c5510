package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the resident's experience of a closed case; the improvement points stay in this service. */
record RecordExperienceCommand(
        @TargetAggregateIdentifier String caseReference,
        ExperienceScores scores,
        SealedText improvementPoints,
        Actor actor) {
}
