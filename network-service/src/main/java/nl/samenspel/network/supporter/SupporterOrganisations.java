package nl.samenspel.network.supporter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which organisation a supporter belongs to, for deciding who may change the supporter. Read from the supporter's
 * registration event, so it is never behind a projection: a supporter registered a moment ago is already theirs.
 */
@Component
class SupporterOrganisations {

    private final EventStore eventStore;

    SupporterOrganisations(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The supporter's organisation; empty when no supporter has this id. */
    Optional<String> of(String supporterId) {
        DomainEventStream events = eventStore.readEvents(supporterId);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        return first.getPayload() instanceof SupporterRegisteredEvent registered
                ? Optional.of(registered.organisationId()) : Optional.empty();
    }
}
