package nl.samenspel.signalling.monitoring;

import java.util.List;

/**
 * How an indicator is broken down. In an additive breakdown every case falls in exactly one category, so the
 * categories sum to the indicator's total (unknown codes count as {@code OTHER}); a reader can subtract them,
 * so disclosure control must know. In a non-additive one a case may be in several categories (life domains).
 */
record Breakdown(String indicator, String dimension, List<String> categories, boolean additive) {

    static final String TOTAL = "total";
    static final String ALL = "ALL";

    static String key(String indicator, String dimension, String category) {
        return indicator + "|" + dimension + "|" + category;
    }

    static String totalKey(String indicator) {
        return key(indicator, TOTAL, ALL);
    }

    String key(String category) {
        return key(indicator, dimension, category);
    }
}
