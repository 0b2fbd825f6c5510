package nl.samenspel.coordinator.matching;

import java.util.List;

/** A supporter of the network who is not a candidate for the case, with every reason. */
public record ExcludedSupporter(String supporterId, String organisationId, SupportKind kind, List<Exclusion> reasons) {
}
