package nl.samenspel.network.coverage;

import org.axonframework.serialization.Revision;

/** A gap in a municipality's offer was opened. */
@Revision("1")
public record CoverageGapOpenedEvent(String municipalityCode, CoverageGap gap) {
}
