package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The municipality acknowledged a collective signal; {@code late} when after its deadline. */
@Revision("1")
public record CollectiveSignalAcknowledgedEvent(String collectiveSignalId, String municipalityCode,
                                                String categoryCode, Instant acknowledgedAt, boolean late) {
}
