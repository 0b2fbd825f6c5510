package nl.samenspel.network.supporter;

import nl.samenspel.kit.security.CreationEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Which organisation a supporter belongs to, for deciding who may change the supporter. */
@Component
class SupporterOrganisations {

    private final EventStore eventStore;

    SupporterOrganisations(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The supporter's organisation; empty when no supporter has this id. */
    Optional<String> of(String supporterId) {
        return CreationEvents.of(eventStore, supporterId, SupporterRegisteredEvent.class).map(SupporterRegisteredEvent::organisationId);
    }
}
