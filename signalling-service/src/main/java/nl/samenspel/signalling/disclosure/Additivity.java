package nl.samenspel.signalling.disclosure;

import java.util.List;

/**
 * A relation a reader can use to work out a hidden count: the cell {@code total} is the sum of the cells
 * {@code parts}. Row and column totals are additivities, and so is a quarter that sums its three months.
 */
public record Additivity(String total, List<String> parts) {

    public Additivity {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.contains(total)) {
            throw new IllegalArgumentException("An additivity needs parts other than its total: " + total);
        }
    }
}
