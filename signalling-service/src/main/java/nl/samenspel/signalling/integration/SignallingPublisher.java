package nl.samenspel.signalling.integration;

import nl.samenspel.events.Topics;
import nl.samenspel.events.signalling.CollectiveSignalAcknowledged;
import nl.samenspel.events.signalling.CollectiveSignalAnswered;
import nl.samenspel.events.signalling.CollectiveSignalClosed;
import nl.samenspel.events.signalling.CollectiveSignalOverdue;
import nl.samenspel.events.signalling.CollectiveSignalRaised;
import nl.samenspel.events.signalling.CollectiveSignalResolved;
import nl.samenspel.events.signalling.MonitoringReportPublished;
import nl.samenspel.events.signalling.SignalAnswered;
import nl.samenspel.events.signalling.SignalStatusChanged;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.kit.kafka.IntegrationEventPublisher;
import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.signalling.collective.CollectiveSignalAcknowledgedEvent;
import nl.samenspel.signalling.collective.CollectiveSignalAnsweredEvent;
import nl.samenspel.signalling.collective.CollectiveSignalClosedEvent;
import nl.samenspel.signalling.collective.CollectiveSignalMergedEvent;
import nl.samenspel.signalling.collective.CollectiveSignalOrigin;
import nl.samenspel.signalling.collective.CollectiveSignalOverdueEvent;
import nl.samenspel.signalling.collective.CollectiveSignalRaisedEvent;
import nl.samenspel.signalling.collective.CollectiveSignalResolvedEvent;
import nl.samenspel.signalling.collective.ResidentsConcerned;
import nl.samenspel.signalling.monitoring.MonitoringReport;
import nl.samenspel.signalling.monitoring.MonitoringReportPublishedEvent;
import nl.samenspel.signalling.signal.SignalAnsweredEvent;
import nl.samenspel.signalling.signal.SignalStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates internal events into the published contract: collective signals, their closing by themselves,
 * reminders and reports to the municipality's own topic; the answer on each signal to its filing organisation's own
 * topic; acknowledgements, answers, closings and signal statuses to the network's feedback topic. A tracking processor with one segment: a record is sent only after its event committed, in order,
 * and a failed send is retried.
 */
@Component
@ProcessingGroup("kafka-publisher")
class SignallingPublisher {

    private final IntegrationEventPublisher publisher;
    private final ResidentsConcerned residents;
    private final TopicAdmin topics;
    private final Set<String> ensuredTopics = ConcurrentHashMap.newKeySet();

    SignallingPublisher(IntegrationEventPublisher publisher, ResidentsConcerned residents, TopicAdmin topics) {
        this.publisher = publisher;
        this.residents = residents;
        this.topics = topics;
    }

    @EventHandler
    void on(CollectiveSignalRaisedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_RAISED, Topics.municipality(event.municipalityCode()),
                event.collectiveSignalId(), new CollectiveSignalRaised(event.collectiveSignalId(),
                        event.municipalityCode(), event.categoryCode(), event.origin().name(), event.summary(),
                        event.signalIds().size(), event.organisationIds().size(), sorted(event.lifeDomains()),
                        sorted(event.targetGroups()), event.raisedAt(), event.acknowledgeBy(), event.answerBy(),
                        residents.shown(event.residentsConcerned()),
                        event.descriptions().isEmpty() ? null : event.descriptions()));
    }

    @EventHandler
    void on(CollectiveSignalResolvedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_RESOLVED, Topics.municipality(event.municipalityCode()),
                event.collectiveSignalId(), new CollectiveSignalResolved(event.collectiveSignalId(),
                        event.municipalityCode(), event.origin() == CollectiveSignalOrigin.COVERAGE_GAP ? "COVERAGE_GAP_CLOSED"
                        : event.origin() + "_ENDED", event.resolvedAt()));
    }

    @EventHandler
    void on(SignalAnsweredEvent event, EventMessage<?> origin) {
        String topic = Topics.organisationSignals(event.organisationId());
        // An organisation's topic comes into being with the first answer to one of its signals.
        if (ensuredTopics.add(topic)) {
            topics.ensureTopic(topic);
        }
        publisher.publish(origin, SignallingEvents.SIGNAL_ANSWERED, topic, event.signalId(), new SignalAnswered(
                event.signalId(), event.organisationId(), event.municipalityCode(), event.categoryCode(),
                event.collectiveSignalId(), event.answer(), event.plannedMeasure(), event.plannedDate(),
                event.answeredAt()));
    }

    @EventHandler
    void on(CollectiveSignalOverdueEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_OVERDUE, Topics.municipality(event.municipalityCode()),
                event.collectiveSignalId(), new CollectiveSignalOverdue(event.collectiveSignalId(),
                        event.municipalityCode(), event.deadline().name(), event.dueAt()));
    }

    @EventHandler
    void on(CollectiveSignalAcknowledgedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_ACKNOWLEDGED, Topics.SIGNALLING_FEEDBACK,
                event.collectiveSignalId(), new CollectiveSignalAcknowledged(event.collectiveSignalId(),
                        event.municipalityCode(), event.categoryCode(), event.acknowledgedAt(), event.late()));
    }

    @EventHandler
    void on(CollectiveSignalAnsweredEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_ANSWERED, Topics.SIGNALLING_FEEDBACK,
                event.collectiveSignalId(), new CollectiveSignalAnswered(event.collectiveSignalId(),
                        event.municipalityCode(), event.categoryCode(), event.answer(), event.plannedMeasure(),
                        event.plannedDate(), event.answeredAt(), event.late()));
    }

    @EventHandler
    void on(CollectiveSignalClosedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_CLOSED, Topics.SIGNALLING_FEEDBACK,
                event.collectiveSignalId(), new CollectiveSignalClosed(event.collectiveSignalId(),
                        event.municipalityCode(), "DEALT_WITH", null, event.closedAt()));
    }

    @EventHandler
    void on(CollectiveSignalMergedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.COLLECTIVE_SIGNAL_CLOSED, Topics.SIGNALLING_FEEDBACK,
                event.collectiveSignalId(), new CollectiveSignalClosed(event.collectiveSignalId(),
                        event.municipalityCode(), "MERGED", event.intoId(), event.mergedAt()));
    }

    @EventHandler
    void on(SignalStatusChangedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, SignallingEvents.SIGNAL_STATUS_CHANGED, Topics.SIGNALLING_FEEDBACK, event.signalId(),
                new SignalStatusChanged(event.signalId(), event.organisationId(), event.municipalityCode(),
                        event.categoryCode(), event.to().name(), event.collectiveSignalId(), event.changedAt()));
    }

    @EventHandler
    void on(MonitoringReportPublishedEvent event, EventMessage<?> origin) {
        MonitoringReport report = event.report();
        publisher.publish(origin, SignallingEvents.MONITORING_REPORT_PUBLISHED, Topics.municipality(report.municipalityCode()),
                event.reportId(), new MonitoringReportPublished(report.municipalityCode(), report.periodType().name(),
                        report.period(), report.periodStart(), report.periodEnd(), report.threshold(),
                        report.roundingBase(),
                        report.figures().stream().map(f -> new MonitoringReportPublished.Figure(f.indicator(),
                                f.dimension(), f.category(), f.value(), f.suppressed())).toList(),
                        report.statistics().stream().map(s -> new MonitoringReportPublished.Statistic(s.indicator(),
                                s.measure(), s.value(), s.suppressed())).toList(),
                        report.compiledAt()));
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
