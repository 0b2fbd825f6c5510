package nl.samenspel.signalling.monitoring;

import org.axonframework.serialization.Revision;

/** A report was compiled and published; it is kept as it was sent, so what a municipality received can be shown. */
@Revision("1")
public record MonitoringReportPublishedEvent(String reportId, MonitoringReport report) {
}
