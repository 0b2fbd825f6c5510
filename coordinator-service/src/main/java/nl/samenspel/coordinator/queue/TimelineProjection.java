package nl.samenspel.coordinator.queue;

import nl.samenspel.coordinator.cases.CaseAcceptedEvent;
import nl.samenspel.coordinator.cases.CaseClosedEvent;
import nl.samenspel.coordinator.cases.CaseDispatchedEvent;
import nl.samenspel.coordinator.cases.CaseEscalatedEvent;
import nl.samenspel.coordinator.cases.ComplexityFlagRaisedEvent;
import nl.samenspel.coordinator.cases.HandoverAcceptedEvent;
import nl.samenspel.coordinator.cases.HandoverRequestedEvent;
import nl.samenspel.coordinator.cases.HoursLoggedEvent;
import nl.samenspel.coordinator.cases.OfferDeclinedEvent;
import nl.samenspel.coordinator.cases.OfferWithdrawnEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** A case's full timeline (table {@code case_timeline}); free text such as summaries never enters it. */
@Component
@ProcessingGroup("case-timeline")
public class TimelineProjection {

    private final JdbcTemplate jdbc;

    public TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds the timeline from the event store. */
    @ResetHandler
    void reset() {
        jdbc.update("delete from case_timeline");
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        String fact = event.getClass().getSimpleName().replaceFirst("Event$", "");
        jdbc.update("""
                insert into case_timeline (event_id, case_reference, sequence, happened_at, fact, detail)
                values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                message.getIdentifier(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                Timestamp.from(message.getTimestamp()), fact, describe(event));
    }

    @QueryHandler
    public List<TimelineEntryView> handle(FindTimelineQuery query) {
        return jdbc.query("select * from case_timeline where case_reference = ? order by sequence",
                (rs, n) -> new TimelineEntryView(rs.getLong("sequence"), rs.getTimestamp("happened_at").toInstant(),
                        rs.getString("fact"), rs.getString("detail")), query.caseReference());
    }

    private static String describe(Object event) {
        if (event instanceof CaseDispatchedEvent e) {
            return "offered to " + e.organisationId() + (e.supporterId() == null ? "" : " / " + e.supporterId())
                    + " until " + e.deadline() + (e.continuity() ? " (continuity)" : "");
        }
        if (event instanceof CaseAcceptedEvent e) {
            return e.supporterId() + " (" + e.supportKind() + ") of " + e.organisationId();
        }
        if (event instanceof OfferDeclinedEvent e) {
            return e.organisationId() + ": " + e.declineReason();
        }
        if (event instanceof OfferWithdrawnEvent e) {
            return e.organisationId() + ": " + e.reason();
        }
        if (event instanceof HoursLoggedEvent e) {
            return e.minutes() + " minutes on " + e.workedOn() + " by " + e.supporterId();
        }
        if (event instanceof ComplexityFlagRaisedEvent e) {
            return e.flag() + (e.legalDeadline() == null ? "" : " due " + e.legalDeadline());
        }
        if (event instanceof CaseEscalatedEvent e) {
            return e.trigger() + (e.flag() == null ? "" : " " + e.flag());
        }
        if (event instanceof HandoverRequestedEvent e) {
            return e.reason() + " to " + e.toOrganisationId() + (e.summary() == null ? "" : ", warm");
        }
        if (event instanceof HandoverAcceptedEvent e) {
            return e.toSupporterId() + " (" + e.toSupportKind() + ")" + (e.coSupport() ? ", co-support by " + e.fromSupporterId() : "");
        }
        if (event instanceof CaseClosedEvent e) {
            return e.outcome() + ", " + e.totalMinutes() + " minutes";
        }
        return null;
    }
}
