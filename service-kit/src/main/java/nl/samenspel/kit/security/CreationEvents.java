package nl.samenspel.kit.security;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Optional;

/**
 * Reads the event that created an aggregate, to decide whose it is (the filing organisation, the supporter's
 * organisation) without waiting for a projection: what was created a moment ago already belongs to its owner.
 */
public final class CreationEvents {

    private CreationEvents() {
    }

    /** The aggregate's first event when it is of this type; empty when nothing with this id was created so. */
    public static <T> Optional<T> of(EventStore eventStore, String aggregateId, Class<T> type) {
        DomainEventStream events = eventStore.readEvents(aggregateId);
        return events.hasNext() ? Optional.of(events.next().getPayload()).filter(type::isInstance).map(type::cast)
                : Optional.empty();
    }
}
