package nl.samenspel.signalling.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** One published report in a municipality's list: which period, and when it was published. */
public record PublishedReportSummary(String reportId, String municipalityCode, PeriodType periodType, String period,
                                     LocalDate periodStart, LocalDate periodEnd, Instant publishedAt) {
}
