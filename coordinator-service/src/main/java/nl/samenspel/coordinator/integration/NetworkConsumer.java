package nl.samenspel.coordinator.integration;

import nl.samenspel.coordinator.matching.Availability;
import nl.samenspel.coordinator.matching.NetworkDirectory;
import nl.samenspel.coordinator.matching.OrganisationCard;
import nl.samenspel.coordinator.matching.OrganisationStatus;
import nl.samenspel.coordinator.matching.SupportKind;
import nl.samenspel.coordinator.matching.SupporterProfile;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.network.OrganisationAdmitted;
import nl.samenspel.events.network.OrganisationLeft;
import nl.samenspel.events.network.OrganisationReinstated;
import nl.samenspel.events.network.OrganisationSuspended;
import nl.samenspel.events.network.SupporterAvailabilityChanged;
import nl.samenspel.events.network.SupporterDeactivated;
import nl.samenspel.events.network.SupporterProfileChanged;
import nl.samenspel.events.network.SupporterRegistered;
import nl.samenspel.events.network.SupporterRegistrationLapsed;
import nl.samenspel.events.network.SupporterRegistrationRenewed;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.TopicAdmin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Builds the matching view from the network-service's facts (replayable: a new consumer group starts at the
 * beginning of both topics), and creates each admitted organisation's own handover topic.
 */
@Component
class NetworkConsumer implements IntegrationEventConsumer {

    static final String NAME = "coordinator-network-view";

    private final Inbox inbox;
    private final NetworkDirectory directory;
    private final TopicAdmin topics;

    NetworkConsumer(Inbox inbox, NetworkDirectory directory, TopicAdmin topics) {
        this.inbox = inbox;
        this.directory = directory;
        this.topics = topics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = {Topics.NETWORK_ORGANISATIONS, Topics.NETWORK_SUPPORTERS}, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        Object data = IntegrationEvents.dataOf(event);
        if (data instanceof OrganisationAdmitted e) {
            topics.ensureTopic(Topics.handoversFor(e.organisationId()));
            directory.admit(new OrganisationCard(e.organisationId(), e.kvkNumber(),
                    e.careDelivered() != null && !e.careDelivered().isEmpty(), OrganisationStatus.ADMITTED));
        } else if (data instanceof OrganisationSuspended e) {
            directory.changeStatus(e.organisationId(), OrganisationStatus.SUSPENDED);
        } else if (data instanceof OrganisationReinstated e) {
            directory.changeStatus(e.organisationId(), OrganisationStatus.ADMITTED);
        } else if (data instanceof OrganisationLeft e) {
            directory.changeStatus(e.organisationId(), OrganisationStatus.LEFT);
        } else if (data instanceof SupporterRegistered e) {
            directory.register(e.supporterId(), e.organisationId(), profile(e.profile()), availability(e.availability()));
        } else if (data instanceof SupporterProfileChanged e) {
            directory.changeProfile(e.supporterId(), profile(e.profile()));
        } else if (data instanceof SupporterAvailabilityChanged e) {
            directory.changeAvailability(e.supporterId(), availability(e.availability()));
        } else if (data instanceof SupporterRegistrationLapsed e) {
            directory.registrationLapsed(e.supporterId());
        } else if (data instanceof SupporterRegistrationRenewed e) {
            directory.registrationRenewed(e.supporterId(), e.validUntil());
        } else if (data instanceof SupporterDeactivated e) {
            directory.deactivate(e.supporterId());
        }
        // Coverage gaps and later additions are not needed for matching.
    }

    static SupporterProfile profile(nl.samenspel.events.network.SupporterProfile p) {
        return new SupporterProfile(kind(p.kind()), set(p.lifeDomains()), set(p.targetGroups()), set(p.languages()),
                set(p.municipalities()), set(p.districts()), p.capacity(), set(p.careProvidersLinked()),
                set(p.accessTeams()), p.registrationValidUntil(), p.trainingCompletedOn());
    }

    private static SupportKind kind(String code) {
        try {
            return SupportKind.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // An unknown kind never matches the formal rules: treat it as informal support.
            return SupportKind.INFORMAL;
        }
    }

    private static Availability availability(nl.samenspel.events.network.Availability a) {
        return a == null ? Availability.ACTIVE : new Availability(a.status(), a.leaveFrom(), a.leaveUntil());
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
