package nl.samenspel.events.coordinator;

import nl.samenspel.events.EventType;

import java.util.List;

/** Every fact the coordinator-service publishes, with its CloudEvents type and topic. */
public final class CoordinatorEvents {

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of();

    private CoordinatorEvents() {
    }
}
