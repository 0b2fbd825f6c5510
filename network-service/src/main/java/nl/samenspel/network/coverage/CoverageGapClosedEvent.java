package nl.samenspel.network.coverage;

import org.axonframework.serialization.Revision;

/** A gap in a municipality's offer was closed. */
@Revision("1")
public record CoverageGapClosedEvent(String municipalityCode, CoverageGap gap) {
}
