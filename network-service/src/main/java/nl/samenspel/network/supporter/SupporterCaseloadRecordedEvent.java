package nl.samenspel.network.supporter;

import org.axonframework.serialization.Revision;

/** A supporter's count of open cases changed, as told by the coordinator-service. */
@Revision("1")
public record SupporterCaseloadRecordedEvent(String supporterId, String organisationId, int openCases) {
}
