package nl.samenspel.signalling.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes a municipality's report for a completed period, once. */
public record PublishMonitoringReportCommand(@TargetAggregateIdentifier String reportId, String municipalityCode,
                                             String period) {

    public static PublishMonitoringReportCommand of(String municipalityCode, Period period) {
        return new PublishMonitoringReportCommand(municipalityCode + "/" + period, municipalityCode, period.toString());
    }
}
