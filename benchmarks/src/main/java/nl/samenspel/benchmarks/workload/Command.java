package nl.samenspel.benchmarks.workload;

/**
 * One REST request of the workload.
 *
 * @param name      the type the figures are reported under, e.g. {@code "register supporter"}
 * @param service   which service it goes to ({@code network}, {@code coordinator}, {@code signalling})
 * @param body      written as JSON; {@code null} for none
 * @param publishes whether the command's event is published on Kafka (documentation of the workload's mix)
 * @param actor     who sends it (the request carries a token of this actor)
 */
public record Command(String name, String service, String method, String path, Object body, boolean publishes,
                      Actor actor) {

    /** A command of the network coordinator. */
    public Command(String name, String service, String method, String path, Object body, boolean publishes) {
        this(name, service, method, path, body, publishes, Actor.COORDINATOR);
    }

    /** Whether this changes something (counted in commands per second) rather than reads. */
    public boolean changes() {
        return !method.equals("GET");
    }
}
