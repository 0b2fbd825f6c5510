package nl.samenspel.events.signalling;

import nl.samenspel.events.EventType;

import java.util.List;

/** Every fact the signalling-service publishes, with its CloudEvents type and topic. */
public final class SignallingEvents {

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of();

    private SignallingEvents() {
    }
}
