package nl.samenspel.signalling.collective;

/**
 * The collective signals of one municipality, newest first; with {@code onlyOverdue} only those with a passed,
 * unmet deadline. Answered with a list of {@link CollectiveSignalView}.
 */
public record FindCollectiveSignalsQuery(String municipalityCode, boolean onlyOverdue) {
}
