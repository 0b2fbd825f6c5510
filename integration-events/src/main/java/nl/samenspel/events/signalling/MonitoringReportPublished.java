package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring report of one municipality for one period, after statistical disclosure control: counts below
 * the {@link #threshold()} are suppressed, the others rounded to a multiple of {@link #roundingBase()}, and further
 * cells are suppressed so that no small count can be worked out from totals or from earlier reports of shorter
 * periods (a quarter's report keeps its months' patterns, a year's its quarters'). The indicators
 * {@code supporters} and {@code coverage-gaps} describe the network, not residents: they are exact and never
 * suppressed. A period's report is published once, after the period ended, and never changes: a fact that arrives
 * later is counted in the next month published. A quarter holds exactly the facts of its months, a year of its
 * quarters. Each figure and statistic says how to read it ({@code presentation}).
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
     * @param indicator  what is counted: {@code cases-opened}, {@code cases-accepted}, {@code cases-closed},
     *                   {@code escalations}, {@code handovers}, {@code acceptance-overdue}, {@code cases-with-hours},
     *                   {@code experiences}, {@code residents} (distinct residents who brought the cases opened:
     *                   one resident may bring several), {@code experience-answers} (answers per statement); about the network: {@code supporters}, {@code coverage-gaps}
     * @param dimension  how it is broken down: {@code total}, {@code phase}, {@code life-domain},
     *                   {@code target-group}, {@code support-kind}, {@code outcome}, {@code trigger}, {@code reason};
     *                   a case counts in several life domains and target groups, in one category of the others
     * @param category   the category within the dimension, a code such as {@code HOUSING}; {@code ALL} for a total
     * @param value      the rounded count; absent when suppressed
     * @param suppressed {@code true} when the count is not shown (too small, or to protect another small count)
     * @param presentation {@code rounded}, {@code suppressed}, or {@code exact} (the network's figures); absent in
     *                   reports published before it was added
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(
            @JsonProperty("indicator") String indicator,
            @JsonProperty("dimension") String dimension,
            @JsonProperty("category") String category,
            @JsonProperty("value") Integer value,
            @JsonProperty("suppressed") boolean suppressed,
            @JsonProperty("presentation") String presentation) {
    }

    /**
     * A statistic over a group of cases or answers, shown only when the count of that group is shown (at least
     * {@code threshold}, and not suppressed to protect another count).
     *
     * @param indicator what is measured: {@code acceptance-hours} (opening to acceptance), {@code throughput-days}
     *                  (opening to closing), {@code support-hours} (logged per case), and the average score (1-5)
     *                  of Putten's statements {@code experience-helpful}, {@code experience-can-carry-on},
     *                  {@code experience-own-choices}, {@code experience-same-supporter-again},
     *                  {@code experience-would-recommend}
     * @param measure   {@code average}, {@code median}, {@code p90} or {@code total}
     * @param value     the value in {@code unit}, rounded to one decimal (a total to a multiple of the rounding
     *                  base); absent when suppressed or shown as a band
     * @param suppressed {@code true} when the group is too small to show it
     * @param presentation {@code rounded}, {@code suppressed} or {@code band}: an average score within half a point
     *                  of the scale's end (4.5-5, 1-1.5), or a duration under 0.1 of its unit (0-0.1)
     * @param unit      {@code hours} or {@code days} (durations, logged time), {@code score} (1-5)
     * @param lower     with a band, its lower end
     * @param upper     with a band, its upper end
     * @param contributions the rounded count of values the statistic is computed from; absent when suppressed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statistic(
            @JsonProperty("indicator") String indicator,
            @JsonProperty("measure") String measure,
            @JsonProperty("value") Double value,
            @JsonProperty("suppressed") boolean suppressed,
            @JsonProperty("presentation") String presentation,
            @JsonProperty("unit") String unit,
            @JsonProperty("lower") Double lower,
            @JsonProperty("upper") Double upper,
            @JsonProperty("contributions") Integer contributions) {
    }
}
