package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The resident's experience was recorded. Revision 2: the improvement points are sealed under the resident's data key. */
@Revision("2")
public record ExperienceRecordedEvent(
        String caseReference,
        ExperienceScores scores,
        SealedText improvementPoints,
        SupportKind supportKind,
        Instant recordedAt) {
}
