package nl.samenspel.benchmarks.workload;

/**
 * One REST command of the workload.
 *
 * @param name      the command type the figures are reported under, e.g. {@code "register supporter"}
 * @param service   which service it goes to ({@code network}, {@code coordinator}, {@code signalling})
 * @param body      written as JSON; {@code null} for none
 * @param publishes whether the command's event is published on Kafka, so the event-latency probe can wait for it
 */
public record Command(String name, String service, String method, String path, Object body, boolean publishes) {
}
