package nl.samenspel.events.network;

import nl.samenspel.events.EventType;

import java.util.List;

/** Every fact the network-service publishes, with its CloudEvents type and topic. */
public final class NetworkEvents {

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of();

    private NetworkEvents() {
    }
}
