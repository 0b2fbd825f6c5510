package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The municipality answered a collective signal; its signals learn of it. */
@Revision("1")
public record CollectiveSignalAnsweredEvent(String collectiveSignalId, String municipalityCode, String categoryCode,
                                            String answer, String plannedMeasure, LocalDate plannedDate,
                                            Set<String> signalIds, Instant answeredAt, boolean late) {
}
