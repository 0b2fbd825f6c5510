package nl.samenspel.signalling.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The true counts of one municipality in one period (keyed {@code indicator|dimension|category}) and the raw
 * values statistics are computed from. Never leaves the service as it is.
 */
record PeriodCounts(Map<String, Long> counts, Map<String, List<Double>> samples) {
}
