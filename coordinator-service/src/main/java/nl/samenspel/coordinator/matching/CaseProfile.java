package nl.samenspel.coordinator.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * What matching knows of a case: no pseudonym, only what decides fit and eligibility.
 *
 * @param careProviders           KvK numbers of care providers serving the resident
 * @param accessDecisionPendingIn municipality deciding on the resident's access, if a decision is pending
 * @param needsFormal             objection or complaint deadline or safety concern: only formal supporters are eligible
 * @param hasComplexityFlags      any complexity flag: informal support is not proposed first
 * @param complaintAgainstCare    a complaint (with its deadline) against a care provider: organisations that deliver
 *                                no care rank above those that do
 * @param previousSupporters      supporters who supported this resident before (continuity)
 * @param day                     the day the case would start (for leave)
 */
public record CaseProfile(String municipalityCode, String districtCode, Set<String> lifeDomains, Set<String> targetGroups,
                          String language, Set<String> careProviders, String accessDecisionPendingIn,
                          boolean needsFormal, boolean hasComplexityFlags, boolean complaintAgainstCare,
                          String preferredSupporterId,
                          String preferredOrganisationId, SupportKind preferredKind, Set<String> previousSupporters,
                          LocalDate day) {
}
