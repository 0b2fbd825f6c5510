package nl.samenspel.coordinator.integration;

import nl.samenspel.coordinator.cases.CaseAcceptedEvent;
import nl.samenspel.coordinator.cases.CaseClosedEvent;
import nl.samenspel.coordinator.cases.CaseDeescalatedEvent;
import nl.samenspel.coordinator.cases.CaseDispatchedEvent;
import nl.samenspel.coordinator.cases.CaseEscalatedEvent;
import nl.samenspel.coordinator.cases.CaseOpenedEvent;
import nl.samenspel.coordinator.cases.CaseReopenedEvent;
import nl.samenspel.coordinator.queue.CaseloadView;
import nl.samenspel.coordinator.cases.ExperienceRecordedEvent;
import nl.samenspel.coordinator.cases.HandoverAcceptedEvent;
import nl.samenspel.coordinator.cases.HandoverDeclinedEvent;
import nl.samenspel.coordinator.cases.HandoverExpiredEvent;
import nl.samenspel.coordinator.cases.HandoverRequestedEvent;
import nl.samenspel.coordinator.cases.HoursLoggedEvent;
import nl.samenspel.coordinator.cases.OfferDeclinedEvent;
import nl.samenspel.coordinator.cases.OfferExpiredEvent;
import nl.samenspel.coordinator.cases.OfferWithdrawnEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseAcceptanceOverdue;
import nl.samenspel.events.coordinator.CaseAccepted;
import nl.samenspel.events.coordinator.CaseClosed;
import nl.samenspel.events.coordinator.CaseDeescalated;
import nl.samenspel.events.coordinator.CaseDispatched;
import nl.samenspel.events.coordinator.CaseEscalated;
import nl.samenspel.events.coordinator.CaseHandedOver;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.events.coordinator.CaseOpened;
import nl.samenspel.events.coordinator.CaseReopened;
import nl.samenspel.events.coordinator.CaseloadChanged;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.coordinator.EscalationRequested;
import nl.samenspel.events.coordinator.ExperienceRecorded;
import nl.samenspel.events.coordinator.HandoverAccepted;
import nl.samenspel.events.coordinator.HandoverDeclined;
import nl.samenspel.events.coordinator.HandoverExpired;
import nl.samenspel.events.coordinator.HandoverRequested;
import nl.samenspel.events.coordinator.HoursLogged;
import nl.samenspel.events.coordinator.OfferAccepted;
import nl.samenspel.events.coordinator.OfferDeclined;
import nl.samenspel.events.coordinator.OfferExpired;
import nl.samenspel.events.coordinator.OfferWithdrawn;
import nl.samenspel.kit.kafka.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Translates the case's internal events into the published contract: anonymised lifecycle facts, facts addressed
 * to one organisation on its own topic, and caseload counts. A tracking processor with one segment, so records go
 * out in event-store order, at least once; summaries and improvement points never leave.
 *
 * <p>A record is built from its event and the publisher's own {@link PublishedCases}, kept by these handlers in the
 * processor's transaction, never from a read model: sent again (after an outage, or a reset of this processor), an
 * event gives the same record, byte for byte, under the same CloudEvents id.
 */
@Component
@ProcessingGroup("kafka-publisher")
class CoordinatorPublisher {

    private final IntegrationEventPublisher publisher;
    private final PublishedCases cases;

    CoordinatorPublisher(IntegrationEventPublisher publisher, PublishedCases cases) {
        this.publisher = publisher;
        this.cases = cases;
    }

    @ResetHandler
    void onReset() {
        cases.forget();
    }

    @EventHandler
    void on(CaseOpenedEvent e, EventMessage<?> origin) {
        cases.opened(e);
        lifecycle(origin, CoordinatorEvents.CASE_OPENED, e.caseReference(), new CaseOpened(e.caseReference(),
                e.municipalityCode(), e.districtCode(), e.lifeDomains(), e.targetGroups(), e.phase().name(),
                e.urgency().name(), e.complexityFlags().stream().map(Enum::name).sorted().toList(), e.openedBy().name(),
                e.openedAt(), e.residentPseudonym()));
    }

    @EventHandler
    void on(CaseDispatchedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        lifecycle(origin, CoordinatorEvents.CASE_DISPATCHED, e.caseReference(), new CaseDispatched(e.caseReference(),
                c.municipalityCode(), e.organisationId(), e.supporterId(), name(e.supportKind()), e.deadline(), e.dispatchedAt()));
        addressed(origin, CoordinatorEvents.CASE_OFFERED, e.organisationId(), e.caseReference(), new CaseOffered(
                e.caseReference(), e.organisationId(), c.residentPseudonym(), c.municipalityCode(), c.lifeDomains(),
                c.targetGroups(), c.urgency().name(), e.supporterId(), e.deadline(), e.dispatchedAt(), caseLink(e.caseReference())));
    }

    @EventHandler
    void on(CaseAcceptedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        lifecycle(origin, CoordinatorEvents.CASE_ACCEPTED, e.caseReference(), new CaseAccepted(e.caseReference(),
                c.municipalityCode(), e.supportKind().name(), e.organisationId(), e.acceptedAt()));
        addressed(origin, CoordinatorEvents.OFFER_ACCEPTED, e.organisationId(), e.caseReference(), new OfferAccepted(
                e.caseReference(), e.organisationId(), c.residentPseudonym(), c.municipalityCode(), c.lifeDomains(),
                c.targetGroups(), c.urgency().name(), e.supporterId(), e.acceptedAt(), caseLink(e.caseReference())));
        cases.ownedBy(e.caseReference(), e.organisationId(), e.supporterId());
        caseload(origin, e.organisationId(), e.supporterId());
    }

    @EventHandler
    void on(OfferDeclinedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        addressed(origin, CoordinatorEvents.OFFER_DECLINED, e.organisationId(), e.caseReference(), new OfferDeclined(
                e.caseReference(), e.organisationId(), c.residentPseudonym(), c.municipalityCode(), c.lifeDomains(),
                c.targetGroups(), c.urgency().name(), e.declineReason().name(), e.declinedAt(), caseLink(e.caseReference())));
    }

    @EventHandler
    void on(OfferExpiredEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        lifecycle(origin, CoordinatorEvents.CASE_ACCEPTANCE_OVERDUE, e.caseReference(), new CaseAcceptanceOverdue(
                e.caseReference(), c.municipalityCode(), e.organisationId(), e.deadline(), e.expiredAt()));
        addressed(origin, CoordinatorEvents.OFFER_EXPIRED, e.organisationId(), e.caseReference(), new OfferExpired(
                e.caseReference(), e.organisationId(), c.residentPseudonym(), c.municipalityCode(), c.lifeDomains(),
                c.targetGroups(), c.urgency().name(), e.deadline(), e.expiredAt(), caseLink(e.caseReference())));
    }

    @EventHandler
    void on(OfferWithdrawnEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        addressed(origin, CoordinatorEvents.OFFER_WITHDRAWN, e.organisationId(), e.caseReference(), new OfferWithdrawn(
                e.caseReference(), e.organisationId(), c.residentPseudonym(), c.municipalityCode(), c.lifeDomains(),
                c.targetGroups(), c.urgency().name(), e.supporterId(), e.reason().name(), e.withdrawnAt(),
                caseLink(e.caseReference())));
    }

    @EventHandler
    void on(HoursLoggedEvent e, EventMessage<?> origin) {
        lifecycle(origin, CoordinatorEvents.HOURS_LOGGED, e.caseReference(), new HoursLogged(e.caseReference(),
                caseOf(e.caseReference()).municipalityCode(), e.organisationId(), name(e.supportKind()), e.minutes(),
                e.totalMinutes(), e.workedOn(), e.loggedAt()));
    }

    @EventHandler
    void on(CaseEscalatedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        lifecycle(origin, CoordinatorEvents.CASE_ESCALATED, e.caseReference(), new CaseEscalated(e.caseReference(),
                c.municipalityCode(), e.trigger().name(), name(e.flag()), e.escalatedAt()));
        String holder = e.organisationId();
        if (holder != null) {
            addressed(origin, CoordinatorEvents.ESCALATION_REQUESTED, holder, e.caseReference(), new EscalationRequested(
                    e.caseReference(), holder, c.residentPseudonym(), c.municipalityCode(), c.lifeDomains(),
                    c.targetGroups(), c.urgency().name(), e.trigger().name(), e.escalatedAt(), caseLink(e.caseReference())));
        }
    }

    @EventHandler
    void on(CaseDeescalatedEvent e, EventMessage<?> origin) {
        lifecycle(origin, CoordinatorEvents.CASE_DEESCALATED, e.caseReference(), new CaseDeescalated(e.caseReference(),
                caseOf(e.caseReference()).municipalityCode(), "MANUAL", e.deescalatedAt()));
    }

    @EventHandler
    void on(HandoverRequestedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        addressed(origin, CoordinatorEvents.HANDOVER_REQUESTED, e.toOrganisationId(), e.caseReference(), new HandoverRequested(
                e.caseReference(), e.toOrganisationId(), e.handoverId(), c.residentPseudonym(), c.municipalityCode(),
                c.lifeDomains(), c.targetGroups(), c.urgency().name(), e.fromOrganisationId(), e.toOrganisationId(),
                e.toSupporterId(), e.reason().name(), e.summary() != null, e.deadline(), e.requestedAt(),
                handoverLink(e.handoverId())));
    }

    @EventHandler
    void on(HandoverAcceptedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        lifecycle(origin, CoordinatorEvents.CASE_HANDED_OVER, e.caseReference(), new CaseHandedOver(e.caseReference(),
                c.municipalityCode(), e.reason().name(), e.fromOrganisationId(), e.toOrganisationId(),
                name(e.fromSupportKind()), e.toSupportKind().name(), e.warm(), e.coSupport(), e.acceptedAt()));
        for (String addressee : both(e.fromOrganisationId(), e.toOrganisationId())) {
            addressed(origin, CoordinatorEvents.HANDOVER_ACCEPTED, addressee, e.caseReference(), new HandoverAccepted(
                    e.caseReference(), addressee, e.handoverId(), c.residentPseudonym(), c.municipalityCode(),
                    c.lifeDomains(), c.targetGroups(), c.urgency().name(), e.fromOrganisationId(), e.toOrganisationId(),
                    e.toSupporterId(), e.reason().name(), e.acceptedAt(), handoverLink(e.handoverId())));
        }
        cases.ownedBy(e.caseReference(), e.toOrganisationId(), e.toSupporterId());
        caseload(origin, e.toOrganisationId(), e.toSupporterId());
        if (e.fromSupporterId() != null && !e.coSupport()) {
            caseload(origin, e.fromOrganisationId(), e.fromSupporterId());
        }
    }

    @EventHandler
    void on(HandoverDeclinedEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        for (String addressee : both(e.fromOrganisationId(), e.toOrganisationId())) {
            addressed(origin, CoordinatorEvents.HANDOVER_DECLINED, addressee, e.caseReference(), new HandoverDeclined(
                    e.caseReference(), addressee, e.handoverId(), c.residentPseudonym(), c.municipalityCode(),
                    c.lifeDomains(), c.targetGroups(), c.urgency().name(), e.fromOrganisationId(), e.toOrganisationId(),
                    e.reason().name(), e.declineReason().name(), e.declinedAt(), handoverLink(e.handoverId())));
        }
    }

    @EventHandler
    void on(HandoverExpiredEvent e, EventMessage<?> origin) {
        PublishedCase c = caseOf(e.caseReference());
        for (String addressee : both(e.fromOrganisationId(), e.toOrganisationId())) {
            addressed(origin, CoordinatorEvents.HANDOVER_EXPIRED, addressee, e.caseReference(), new HandoverExpired(
                    e.caseReference(), addressee, e.handoverId(), c.residentPseudonym(), c.municipalityCode(),
                    c.lifeDomains(), c.targetGroups(), c.urgency().name(), e.fromOrganisationId(), e.toOrganisationId(),
                    e.reason().name(), e.deadline(), e.expiredAt(), handoverLink(e.handoverId())));
        }
    }

    @EventHandler
    void on(CaseClosedEvent e, EventMessage<?> origin) {
        long days = Duration.between(e.openedAt(), e.closedAt()).toDays();
        lifecycle(origin, CoordinatorEvents.CASE_CLOSED, e.caseReference(), new CaseClosed(e.caseReference(),
                caseOf(e.caseReference()).municipalityCode(), e.outcome().name(), name(e.supportKind()), e.totalMinutes(),
                e.openedAt(), (int) days, e.closedAt()));
        cases.closed(e.caseReference());
        if (e.supporterId() != null) {
            caseload(origin, e.organisationId(), e.supporterId());
        }
    }

    @EventHandler
    void on(CaseReopenedEvent e, EventMessage<?> origin) {
        lifecycle(origin, CoordinatorEvents.CASE_REOPENED, e.caseReference(), new CaseReopened(e.caseReference(),
                caseOf(e.caseReference()).municipalityCode(), e.reopenedAt()));
    }

    @EventHandler
    void on(ExperienceRecordedEvent e, EventMessage<?> origin) {
        lifecycle(origin, CoordinatorEvents.EXPERIENCE_RECORDED, e.caseReference(), new ExperienceRecorded(e.caseReference(),
                caseOf(e.caseReference()).municipalityCode(), name(e.supportKind()), e.scores().helpful(),
                e.scores().canCarryOn(), e.scores().ownChoices(), e.scores().sameSupporterAgain(),
                e.scores().wouldRecommend(), e.recordedAt()));
    }

    private <T> void lifecycle(EventMessage<?> origin, EventType<T> type, String caseReference, T data) {
        publisher.publish(origin, type, Topics.COORDINATOR_CASE_LIFECYCLE, caseReference, data);
    }

    /** A copy for one organisation: its id joins the origin's, so each record has its own CloudEvents id. */
    private <T> void addressed(EventMessage<?> origin, EventType<T> type, String organisationId, String caseReference, T data) {
        publisher.publish(origin, origin.getIdentifier() + ":" + organisationId, type, Topics.handoversFor(organisationId),
                caseReference, data);
    }

    private void caseload(EventMessage<?> origin, String organisationId, String supporterId) {
        CaseloadView load = cases.caseloadOf(organisationId, supporterId);
        publisher.publish(origin, origin.getIdentifier() + ":caseload:" + supporterId, CoordinatorEvents.CASELOAD_CHANGED,
                Topics.COORDINATOR_CASELOAD, organisationId, new CaseloadChanged(organisationId, supporterId,
                        load.supporterOpenCases(), load.organisationOpenCases(), origin.getTimestamp()));
    }

    private PublishedCase caseOf(String caseReference) {
        return cases.of(caseReference);
    }

    private static List<String> both(String from, String to) {
        return from == null || from.equals(to) ? List.of(to) : List.of(from, to);
    }

    private static String caseLink(String caseReference) {
        return "/cases/" + caseReference;
    }

    private static String handoverLink(String handoverId) {
        return "/handovers/" + handoverId;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
