package nl.samenspel.console.api;

import java.time.Instant;
import java.time.LocalDate;

/** One published monitoring report in a municipality's list. */
public record PublishedReport(String reportId, String municipalityCode, String periodType, String period,
                              LocalDate periodStart, LocalDate periodEnd, Instant publishedAt) {
}
