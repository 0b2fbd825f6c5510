package nl.samenspel.events.coordinator;

import nl.samenspel.events.EventType;
import nl.samenspel.events.Topics;

import java.util.List;

/**
 * Every fact the coordinator-service publishes, with its CloudEvents type and topic. Addressed facts go to the
 * addressed organisation's own topic, {@link Topics#handoversFor(String)}; their {@link EventType#topic()} is the
 * pattern {@value #HANDOVERS_TOPIC_PATTERN}.
 */
public final class CoordinatorEvents {

    /** The topic name pattern of addressed facts; the real topic is {@link Topics#handoversFor(String)}. */
    public static final String HANDOVERS_TOPIC_PATTERN = "coordinator.handovers.<organisation-id>.v1";

    /** Lifecycle; key: case reference. */
    public static final EventType<CaseOpened> CASE_OPENED = new EventType<>(
            "nl.samenspel.coordinator.case-opened.v1", CaseOpened.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseDispatched> CASE_DISPATCHED = new EventType<>(
            "nl.samenspel.coordinator.case-dispatched.v1", CaseDispatched.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseAccepted> CASE_ACCEPTED = new EventType<>(
            "nl.samenspel.coordinator.case-accepted.v1", CaseAccepted.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseAcceptanceOverdue> CASE_ACCEPTANCE_OVERDUE = new EventType<>(
            "nl.samenspel.coordinator.case-acceptance-overdue.v1", CaseAcceptanceOverdue.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseEscalated> CASE_ESCALATED = new EventType<>(
            "nl.samenspel.coordinator.case-escalated.v1", CaseEscalated.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseDeescalated> CASE_DEESCALATED = new EventType<>(
            "nl.samenspel.coordinator.case-deescalated.v1", CaseDeescalated.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseHandedOver> CASE_HANDED_OVER = new EventType<>(
            "nl.samenspel.coordinator.case-handed-over.v1", CaseHandedOver.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<HoursLogged> HOURS_LOGGED = new EventType<>(
            "nl.samenspel.coordinator.hours-logged.v1", HoursLogged.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseClosed> CASE_CLOSED = new EventType<>(
            "nl.samenspel.coordinator.case-closed.v1", CaseClosed.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<CaseReopened> CASE_REOPENED = new EventType<>(
            "nl.samenspel.coordinator.case-reopened.v1", CaseReopened.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Lifecycle; key: case reference. */
    public static final EventType<ExperienceRecorded> EXPERIENCE_RECORDED = new EventType<>(
            "nl.samenspel.coordinator.experience-recorded.v1", ExperienceRecorded.class, Topics.COORDINATOR_CASE_LIFECYCLE);
    /** Addressed; key: case reference. */
    public static final EventType<CaseOffered> CASE_OFFERED = new EventType<>(
            "nl.samenspel.coordinator.case-offered.v1", CaseOffered.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<OfferAccepted> OFFER_ACCEPTED = new EventType<>(
            "nl.samenspel.coordinator.offer-accepted.v1", OfferAccepted.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<OfferDeclined> OFFER_DECLINED = new EventType<>(
            "nl.samenspel.coordinator.offer-declined.v1", OfferDeclined.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<OfferExpired> OFFER_EXPIRED = new EventType<>(
            "nl.samenspel.coordinator.offer-expired.v1", OfferExpired.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<OfferWithdrawn> OFFER_WITHDRAWN = new EventType<>(
            "nl.samenspel.coordinator.offer-withdrawn.v1", OfferWithdrawn.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<HandoverRequested> HANDOVER_REQUESTED = new EventType<>(
            "nl.samenspel.coordinator.handover-requested.v1", HandoverRequested.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<HandoverAccepted> HANDOVER_ACCEPTED = new EventType<>(
            "nl.samenspel.coordinator.handover-accepted.v1", HandoverAccepted.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<HandoverDeclined> HANDOVER_DECLINED = new EventType<>(
            "nl.samenspel.coordinator.handover-declined.v1", HandoverDeclined.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<HandoverExpired> HANDOVER_EXPIRED = new EventType<>(
            "nl.samenspel.coordinator.handover-expired.v1", HandoverExpired.class, HANDOVERS_TOPIC_PATTERN);
    /** Addressed; key: case reference. */
    public static final EventType<EscalationRequested> ESCALATION_REQUESTED = new EventType<>(
            "nl.samenspel.coordinator.escalation-requested.v1", EscalationRequested.class, HANDOVERS_TOPIC_PATTERN);
    /** Caseload; key: organisation id. */
    public static final EventType<CaseloadChanged> CASELOAD_CHANGED = new EventType<>(
            "nl.samenspel.coordinator.caseload-changed.v1", CaseloadChanged.class, Topics.COORDINATOR_CASELOAD);

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of(
            CASE_OPENED, CASE_DISPATCHED, CASE_ACCEPTED, CASE_ACCEPTANCE_OVERDUE, CASE_ESCALATED, CASE_DEESCALATED, CASE_HANDED_OVER, HOURS_LOGGED, CASE_CLOSED, CASE_REOPENED, EXPERIENCE_RECORDED, CASE_OFFERED, OFFER_ACCEPTED, OFFER_DECLINED, OFFER_EXPIRED, OFFER_WITHDRAWN, HANDOVER_REQUESTED, HANDOVER_ACCEPTED, HANDOVER_DECLINED, HANDOVER_EXPIRED, ESCALATION_REQUESTED, CASELOAD_CHANGED);

    private CoordinatorEvents() {
    }
}
