package nl.samenspel.console.api;

import java.util.List;

/** A supporter the matcher left out, and why (present when the coordinator-service reports exclusions). */
public record ExcludedSupporter(String supporterId, String organisationId, List<String> reasons) {
}
