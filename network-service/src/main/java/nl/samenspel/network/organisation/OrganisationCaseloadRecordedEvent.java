package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** The organisation's count of open cases changed, as told by the coordinator-service. */
@Revision("1")
public record OrganisationCaseloadRecordedEvent(String organisationId, int openCases) {
}
