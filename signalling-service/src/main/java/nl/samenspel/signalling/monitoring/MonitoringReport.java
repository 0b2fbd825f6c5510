package nl.samenspel.signalling.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The figures one municipality may see for one period, after disclosure control. {@code supporters} and
 * {@code coverage-gaps} describe the network, not residents, and are shown exactly.
 */
public record MonitoringReport(String municipalityCode, String municipalityName, PeriodType periodType, String period,
                               LocalDate periodStart, LocalDate periodEnd, int threshold, int roundingBase,
                               List<ReportFigure> figures, List<ReportStatistic> statistics, Instant compiledAt) {

    public Optional<ReportFigure> figure(String indicator, String dimension, String category) {
        return figures.stream().filter(f -> f.indicator().equals(indicator) && f.dimension().equals(dimension)
                && f.category().equals(category)).findFirst();
    }
}
