package nl.samenspel.network.supporter;

import org.axonframework.serialization.Revision;

/** A supporter left the network for good. */
@Revision("1")
public record SupporterDeactivatedEvent(String supporterId, String organisationId) {
}
