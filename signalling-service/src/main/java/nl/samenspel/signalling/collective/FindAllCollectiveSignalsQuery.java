package nl.samenspel.signalling.collective;

/**
 * The collective signals of every municipality of the network, newest first, optionally only the overdue ones; answered
 * with a list of {@link CollectiveSignalView}.
 */
public record FindAllCollectiveSignalsQuery(boolean onlyOverdue) {
}
