package nl.samenspel.events.signalling;

import nl.samenspel.events.EventType;
import nl.samenspel.events.Topics;

import java.util.List;

/**
 * Every fact the signalling-service publishes, with its CloudEvents type and topic. Facts for a municipality go
 * to its own topic ({@link Topics#municipality(String)}); the answer to an organisation's signals goes to that
 * organisation's own topic ({@link Topics#organisationSignals(String)}); feedback for the network goes to
 * {@link Topics#SIGNALLING_FEEDBACK}.
 */
public final class SignallingEvents {

    /** The topic pattern of facts addressed to one municipality. */
    public static final String MUNICIPALITY_TOPIC = Topics.municipality("<municipality-code>");

    /** The topic pattern of facts addressed to one organisation about its own signals. */
    public static final String ORGANISATION_TOPIC = Topics.organisationSignals("<organisation-id>");

    /** A collective signal for the municipality; municipality topic. */
    public static final EventType<CollectiveSignalRaised> COLLECTIVE_SIGNAL_RAISED = new EventType<>(
            "nl.samenspel.signalling.collective-signal-raised.v1", CollectiveSignalRaised.class, MUNICIPALITY_TOPIC);
    /** The municipality let a deadline pass; municipality topic. */
    public static final EventType<CollectiveSignalOverdue> COLLECTIVE_SIGNAL_OVERDUE = new EventType<>(
            "nl.samenspel.signalling.collective-signal-overdue.v1", CollectiveSignalOverdue.class, MUNICIPALITY_TOPIC);
    /** A collective signal raised from a fact closed by itself because the fact ended; municipality topic. */
    public static final EventType<CollectiveSignalResolved> COLLECTIVE_SIGNAL_RESOLVED = new EventType<>(
            "nl.samenspel.signalling.collective-signal-resolved.v1", CollectiveSignalResolved.class, MUNICIPALITY_TOPIC);
    /** A monitoring report per period; municipality topic. */
    public static final EventType<MonitoringReportPublished> MONITORING_REPORT_PUBLISHED = new EventType<>(
            "nl.samenspel.signalling.monitoring-report-published.v1", MonitoringReportPublished.class, MUNICIPALITY_TOPIC);
    /** The municipality acknowledged a collective signal; feedback topic. */
    public static final EventType<CollectiveSignalAcknowledged> COLLECTIVE_SIGNAL_ACKNOWLEDGED = new EventType<>(
            "nl.samenspel.signalling.collective-signal-acknowledged.v1", CollectiveSignalAcknowledged.class,
            Topics.SIGNALLING_FEEDBACK);
    /** The municipality answered a collective signal; feedback topic. */
    public static final EventType<CollectiveSignalAnswered> COLLECTIVE_SIGNAL_ANSWERED = new EventType<>(
            "nl.samenspel.signalling.collective-signal-answered.v1", CollectiveSignalAnswered.class,
            Topics.SIGNALLING_FEEDBACK);
    /** A collective signal was closed or merged; feedback topic. */
    public static final EventType<CollectiveSignalClosed> COLLECTIVE_SIGNAL_CLOSED = new EventType<>(
            "nl.samenspel.signalling.collective-signal-closed.v1", CollectiveSignalClosed.class,
            Topics.SIGNALLING_FEEDBACK);
    /** An individual signal moved on; feedback topic. */
    public static final EventType<SignalStatusChanged> SIGNAL_STATUS_CHANGED = new EventType<>(
            "nl.samenspel.signalling.signal-status-changed.v1", SignalStatusChanged.class, Topics.SIGNALLING_FEEDBACK);

    /** The municipality answered the collective signal an organisation's signal is part of; organisation topic. */
    public static final EventType<SignalAnswered> SIGNAL_ANSWERED = new EventType<>(
            "nl.samenspel.signalling.signal-answered.v1", SignalAnswered.class, ORGANISATION_TOPIC);

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of(COLLECTIVE_SIGNAL_RAISED, COLLECTIVE_SIGNAL_OVERDUE,
            MONITORING_REPORT_PUBLISHED, COLLECTIVE_SIGNAL_ACKNOWLEDGED, COLLECTIVE_SIGNAL_ANSWERED,
            COLLECTIVE_SIGNAL_CLOSED, SIGNAL_STATUS_CHANGED, COLLECTIVE_SIGNAL_RESOLVED, SIGNAL_ANSWERED);

    private SignallingEvents() {
    }
}
