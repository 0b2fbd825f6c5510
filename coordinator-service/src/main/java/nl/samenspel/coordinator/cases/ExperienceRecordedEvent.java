package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The resident's experience was recorded. */
@Revision("1")
public record ExperienceRecordedEvent(
        String caseReference,
        ExperienceScores scores,
        String improvementPoints,
        SupportKind supportKind,
        Instant recordedAt) {
}
