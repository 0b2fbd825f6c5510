package nl.samenspel.console.api;

import java.util.List;

/** A supporter the matcher left out of a case's candidates, with every reason. */
public record ExcludedSupporter(String supporterId, String organisationId, String kind, List<Exclusion> reasons) {
}
