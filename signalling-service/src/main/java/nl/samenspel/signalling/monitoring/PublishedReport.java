package nl.samenspel.signalling.monitoring;

import nl.samenspel.kit.web.ConflictException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The report of one municipality and period as published: once only, because a second, different version of the
 * same period would let a reader subtract the two.
 */
@Aggregate
class PublishedReport {

    @AggregateIdentifier
    private String reportId;

    PublishedReport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishMonitoringReportCommand command, ReportCompiler compiler) {
        if (reportId != null) {
            throw new ConflictException("The report " + command.reportId() + " was already published; it is never "
                    + "published twice.", Map.of("reportId", reportId));
        }
        MonitoringReport report = compiler.compile(command.municipalityCode(), Period.parse(command.period()), null);
        apply(new MonitoringReportPublishedEvent(command.reportId(), report));
    }

    @EventSourcingHandler
    void on(MonitoringReportPublishedEvent event) {
        reportId = event.reportId();
    }
}
