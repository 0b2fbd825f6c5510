package nl.samenspel.signalling.collective;

/** One collective signal by id; answered with an {@code Optional<CollectiveSignalView>}. */
public record FindCollectiveSignalQuery(String collectiveSignalId) {
}
