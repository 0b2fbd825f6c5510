package nl.samenspel.benchmarks.workload;

import java.util.Map;

/**
 * One REST request of the workload.
 *
 * @param name      the type the figures are reported under, e.g. {@code "register supporter"}
 * @param service   which service it goes to ({@code network}, {@code coordinator}, {@code signalling})
 * @param body      written as JSON; {@code null} for none
 * @param publishes whether the command's event is published on Kafka (documentation of the workload's mix)
 * @param headers   extra headers, e.g. who acts ({@code Actor-Role})
 */
public record Command(String name, String service, String method, String path, Object body, boolean publishes,
                      Map<String, String> headers) {

    public Command(String name, String service, String method, String path, Object body, boolean publishes) {
        this(name, service, method, path, body, publishes, Map.of());
    }

    /** Whether this changes something (counted in commands per second) rather than reads. */
    public boolean changes() {
        return !method.equals("GET");
    }
}
