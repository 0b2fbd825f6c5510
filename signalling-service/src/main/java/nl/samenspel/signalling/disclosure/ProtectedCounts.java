package nl.samenspel.signalling.disclosure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts ready to leave the service: each cell is either suppressed or shown rounded.
 *
 * @param shown      the rounded counts of cells that may be shown
 * @param suppressed the cells that must not be shown
 */
public record ProtectedCounts(Map<String, Integer> shown, Set<String> suppressed) {

    public ProtectedCounts {
        shown = Map.copyOf(shown);
        suppressed = Set.copyOf(suppressed);
    }

    /** The rounded count, or empty when the cell is suppressed. */
    public Optional<Integer> valueOf(String cell) {
        return Optional.ofNullable(shown.get(cell));
    }

    /**
     * Whether a statistic (average, median, percentile) over the group this cell counts may be shown: only when
     * the group's own count is shown, so the statistic says nothing about a group too small to count.
     */
    public boolean isSafeGroup(String cell) {
        return shown.containsKey(cell);
    }
}
