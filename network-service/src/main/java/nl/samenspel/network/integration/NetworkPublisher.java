package nl.samenspel.network.integration;

import nl.samenspel.events.EventType;
import nl.samenspel.events.network.Availability;
import nl.samenspel.events.network.CoverageGapClosed;
import nl.samenspel.events.network.CoverageGapOpened;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.OrganisationAdmitted;
import nl.samenspel.events.network.OrganisationLeft;
import nl.samenspel.events.network.OrganisationReinstated;
import nl.samenspel.events.network.OrganisationSuspended;
import nl.samenspel.events.network.SupporterAvailabilityChanged;
import nl.samenspel.events.network.SupporterDeactivated;
import nl.samenspel.events.network.SupporterProfile;
import nl.samenspel.events.network.SupporterProfileChanged;
import nl.samenspel.events.network.SupporterRegistered;
import nl.samenspel.events.network.SupporterRegistrationLapsed;
import nl.samenspel.events.network.SupporterRegistrationRenewed;
import nl.samenspel.kit.kafka.IntegrationEventPublisher;
import nl.samenspel.network.coverage.CoverageGap;
import nl.samenspel.network.coverage.CoverageGapClosedEvent;
import nl.samenspel.network.coverage.CoverageGapOpenedEvent;
import nl.samenspel.network.organisation.OrganisationAdmittedEvent;
import nl.samenspel.network.organisation.OrganisationLeftEvent;
import nl.samenspel.network.organisation.OrganisationProfile;
import nl.samenspel.network.organisation.OrganisationReinstatedEvent;
import nl.samenspel.network.organisation.OrganisationSuspendedEvent;
import nl.samenspel.network.supporter.ProfessionalRegistration;
import nl.samenspel.network.supporter.SupporterAvailabilityChangedEvent;
import nl.samenspel.network.supporter.SupporterDeactivatedEvent;
import nl.samenspel.network.supporter.SupporterProfileChangedEvent;
import nl.samenspel.network.supporter.SupporterRegisteredEvent;
import nl.samenspel.network.supporter.SupporterRegistrationLapsedEvent;
import nl.samenspel.network.supporter.SupporterRegistrationRenewedEvent;
import nl.samenspel.network.vocabulary.SupporterKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Translates internal events into the published contract, synchronously, in event-store order. Runs in the
 * tracking processor "kafka-publisher" (one segment): a failed send makes it retry, so every fact reaches
 * Kafka at least once and consumers drop duplicates by event id.
 */
@Component
@ProcessingGroup("kafka-publisher")
class NetworkPublisher {

    private final IntegrationEventPublisher publisher;

    NetworkPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(OrganisationAdmittedEvent event, EventMessage<?> origin) {
        OrganisationProfile p = event.profile();
        publish(origin, NetworkEvents.ORGANISATION_ADMITTED, event.organisationId(), new OrganisationAdmitted(
                event.organisationId(), p.name(), p.kvkNumber(), p.kind().name(), p.municipalities(),
                codes(p.careDelivered()), p.covenantSignedOn()));
    }

    @EventHandler
    void on(OrganisationSuspendedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.ORGANISATION_SUSPENDED, event.organisationId(),
                new OrganisationSuspended(event.organisationId(), event.reason()));
    }

    @EventHandler
    void on(OrganisationReinstatedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.ORGANISATION_REINSTATED, event.organisationId(),
                new OrganisationReinstated(event.organisationId()));
    }

    @EventHandler
    void on(OrganisationLeftEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.ORGANISATION_LEFT, event.organisationId(),
                new OrganisationLeft(event.organisationId(), event.departure().name(), event.reason()));
    }

    @EventHandler
    void on(SupporterRegisteredEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.SUPPORTER_REGISTERED, event.supporterId(), new SupporterRegistered(
                event.supporterId(), event.organisationId(),
                profile(event.kind(), event.profile(), event.registration()),
                new Availability(event.availability().name(), null, null)));
    }

    @EventHandler
    void on(SupporterProfileChangedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.SUPPORTER_PROFILE_CHANGED, event.supporterId(), new SupporterProfileChanged(
                event.supporterId(), event.organisationId(),
                profile(event.kind(), event.profile(), event.registration())));
    }

    @EventHandler
    void on(SupporterAvailabilityChangedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.SUPPORTER_AVAILABILITY_CHANGED, event.supporterId(),
                new SupporterAvailabilityChanged(event.supporterId(), event.organisationId(),
                        new Availability(event.status().name(), event.leaveFrom(), event.leaveUntil())));
    }

    @EventHandler
    void on(SupporterRegistrationLapsedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.SUPPORTER_REGISTRATION_LAPSED, event.supporterId(),
                new SupporterRegistrationLapsed(event.supporterId(), event.organisationId(), event.validUntil()));
    }

    @EventHandler
    void on(SupporterRegistrationRenewedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.SUPPORTER_REGISTRATION_RENEWED, event.supporterId(),
                new SupporterRegistrationRenewed(event.supporterId(), event.organisationId(),
                        event.registration().validUntil()));
    }

    @EventHandler
    void on(SupporterDeactivatedEvent event, EventMessage<?> origin) {
        publish(origin, NetworkEvents.SUPPORTER_DEACTIVATED, event.supporterId(),
                new SupporterDeactivated(event.supporterId(), event.organisationId()));
    }

    @EventHandler
    void on(CoverageGapOpenedEvent event, EventMessage<?> origin) {
        CoverageGap gap = event.gap();
        publish(origin, NetworkEvents.COVERAGE_GAP_OPENED, event.municipalityCode(), new CoverageGapOpened(
                event.municipalityCode(), gap.targetGroup().name(), gap.lifeDomain().name(), gap.supportKind()));
    }

    @EventHandler
    void on(CoverageGapClosedEvent event, EventMessage<?> origin) {
        CoverageGap gap = event.gap();
        publish(origin, NetworkEvents.COVERAGE_GAP_CLOSED, event.municipalityCode(), new CoverageGapClosed(
                event.municipalityCode(), gap.targetGroup().name(), gap.lifeDomain().name(), gap.supportKind()));
    }

    private <T> void publish(EventMessage<?> origin, EventType<T> type, String subject, T data) {
        publisher.publish(origin, type, type.topic(), subject, data);
    }

    private static SupporterProfile profile(SupporterKind kind, nl.samenspel.network.supporter.SupporterProfile p,
                                            ProfessionalRegistration registration) {
        return new SupporterProfile(kind.name(), codes(p.lifeDomains()), codes(p.targetGroups()), p.languages(),
                p.municipalities(), p.districts(), p.capacity(), p.careProvidersLinked(), p.accessTeams(),
                registration == null ? null : registration.validUntil(), p.trainingCompletedOn());
    }

    private static List<String> codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
