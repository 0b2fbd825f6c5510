package nl.samenspel.coordinator.integration;

import nl.samenspel.coordinator.cases.Urgency;

import java.util.List;

/**
 * What the publisher knows of a case from the events it has handled: the anonymised facts that every record about the
 * case repeats.
 */
record PublishedCase(String caseReference, String residentPseudonym, String municipalityCode, List<String> lifeDomains,
                     List<String> targetGroups, Urgency urgency) {
}
