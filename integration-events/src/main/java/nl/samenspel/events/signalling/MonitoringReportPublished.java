package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring report of one municipality for one period, after statistical disclosure control: counts below
 * the {@link #threshold()} are suppressed, the others rounded to a multiple of {@link #roundingBase()}, and further
 * cells are suppressed so that no suppressed count can be worked out from totals or from other periods.
 * Published on the municipality's own topic; the subject is {@code <municipalityCode>/<period>}.
 *
 * @param municipalityCode CBS code of the municipality, e.g. {@code GM0534}
 * @param periodType       {@code MONTH}, {@code QUARTER} or {@code YEAR}
 * @param period           the period: {@code 2026-10}, {@code 2026-Q4} or {@code 2026}
 * @param periodStart      first day of the period
 * @param periodEnd        last day of the period
 * @param threshold        the smallest count that is shown; smaller counts are suppressed (never below 5)
 * @param roundingBase     shown counts are rounded to a multiple of this number
 * @param figures          the counts, one per indicator, dimension and category
 * @param statistics       averages, medians and 90th percentiles, only over groups large enough to be safe
 * @param compiledAt       when the report was compiled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringReportPublished(
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("periodType") String periodType,
        @JsonProperty("period") String period,
        @JsonProperty("periodStart") LocalDate periodStart,
        @JsonProperty("periodEnd") LocalDate periodEnd,
        @JsonProperty("threshold") int threshold,
        @JsonProperty("roundingBase") int roundingBase,
        @JsonProperty("figures") List<Figure> figures,
        @JsonProperty("statistics") List<Statistic> statistics,
        @JsonProperty("compiledAt") Instant compiledAt) {

    /**
     * One count of the report.
     *
     * @param indicator  what is counted, e.g. {@code cases-opened}, {@code cases-closed}, {@code escalations},
     *                   {@code handovers}, {@code supporters}, {@code coverage-gaps}
     * @param dimension  how it is broken down, e.g. {@code total}, {@code life-domain}, {@code target-group},
     *                   {@code phase}, {@code support-kind}, {@code outcome}
     * @param category   the category within the dimension, a code such as {@code HOUSING}; {@code ALL} for a total
     * @param value      the rounded count; absent when suppressed
     * @param suppressed {@code true} when the count is not shown (too small, or to protect another small count)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(
            @JsonProperty("indicator") String indicator,
            @JsonProperty("dimension") String dimension,
            @JsonProperty("category") String category,
            @JsonProperty("value") Integer value,
            @JsonProperty("suppressed") boolean suppressed) {
    }

    /**
     * A statistic over a group of cases, shown only when the group holds at least {@code threshold} cases.
     *
     * @param indicator what is measured, e.g. {@code acceptance-hours}, {@code throughput-days}, {@code support-hours},
     *                  {@code experience-helpful} (average score 1-5)
     * @param measure   {@code average}, {@code median} or {@code p90}
     * @param value     the value, rounded to one decimal; absent when the group is too small
     * @param suppressed {@code true} when the group is too small to show it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statistic(
            @JsonProperty("indicator") String indicator,
            @JsonProperty("measure") String measure,
            @JsonProperty("value") Double value,
            @JsonProperty("suppressed") boolean suppressed) {
    }
}
