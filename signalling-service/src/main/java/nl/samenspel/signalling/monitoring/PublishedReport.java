package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.SignallingConflictException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The report of one municipality and period as published: once only, because a second, different version of the
 * same period would let a reader subtract the two, and only after the period ended. Publishing a month assigns the
 * facts not yet reported to it (late ones of earlier months too); a quarter's or year's months must be published
 * first ({@link ReportPublication} does so).
 */
@Aggregate
class PublishedReport {

    @AggregateIdentifier
    private String reportId;

    PublishedReport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishMonitoringReportCommand command, ReportCompiler compiler, MonitoringFacts facts,
                PublishedReports published, Clock clock) {
        if (reportId != null) {
            throw new SignallingConflictException("The report " + command.reportId() + " was already published; it is never "
                    + "published twice.", Map.of("reportId", reportId));
        }
        Period period = Period.parse(command.period());
        PublishedReports.requireClosed(period, clock);
        List<String> unpublished = MonitoringCounts.monthsOf(period).stream().filter(month -> period.type() != PeriodType.MONTH
                && published.find(command.municipalityCode(), Period.parse(month)).isEmpty()).toList();
        if (!unpublished.isEmpty()) {
            throw new SignallingConflictException("The months " + unpublished + " of " + period + " must be published before it: "
                    + "a quarter or year holds exactly the facts of its published months.", Map.of("unpublished", unpublished));
        }
        if (period.type() == PeriodType.MONTH) {
            facts.assignToReport(command.municipalityCode(), period);
        }
        MonitoringReport report = compiler.compile(command.municipalityCode(), period);
        apply(new MonitoringReportPublishedEvent(command.reportId(), report));
    }

    @EventSourcingHandler
    void on(MonitoringReportPublishedEvent event) {
        reportId = event.reportId();
    }
}
