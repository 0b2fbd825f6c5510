package nl.samenspel.console.queue;

/**
 * A saved view of the work queue: the person's own name for it and the queue's address with its filters.
 *
 * @param filters the query string of {@code /queue} (section, filters and sort), built from a {@link QueueFilter}
 */
public record QuickLink(String quickLinkId, String name, String filters) {
}
