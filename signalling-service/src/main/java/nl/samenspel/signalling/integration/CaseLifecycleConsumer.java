package nl.samenspel.signalling.integration;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseAcceptanceOverdue;
import nl.samenspel.events.coordinator.CaseAccepted;
import nl.samenspel.events.coordinator.CaseClosed;
import nl.samenspel.events.coordinator.CaseDeescalated;
import nl.samenspel.events.coordinator.CaseDispatched;
import nl.samenspel.events.coordinator.CaseEscalated;
import nl.samenspel.events.coordinator.CaseHandedOver;
import nl.samenspel.events.coordinator.CaseOpened;
import nl.samenspel.events.coordinator.ExperienceRecorded;
import nl.samenspel.events.coordinator.HoursLogged;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.signalling.bundling.FactSignals;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.monitoring.MonitoringFacts;
import nl.samenspel.signalling.monitoring.Period;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The coordinator's pseudonymised case lifecycle facts: counted for monitoring, and watched for bottlenecks (cases
 * waiting past their acceptance deadline). Facts of municipalities outside the network are ignored; facts this
 * service does not count (offers, reopenings) too.
 */
@Component
class CaseLifecycleConsumer implements IntegrationEventConsumer {

    static final String NAME = "signalling-case-lifecycle";

    private final Inbox inbox;
    private final MonitoringFacts facts;
    private final FactSignals factSignals;
    private final Catalogue catalogue;

    CaseLifecycleConsumer(Inbox inbox, MonitoringFacts facts, FactSignals factSignals, Catalogue catalogue) {
        this.inbox = inbox;
        this.facts = facts;
        this.factSignals = factSignals;
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = Topics.COORDINATOR_CASE_LIFECYCLE, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        Object data = IntegrationEvents.dataOf(event);
        if (data instanceof CaseOpened opened && inNetwork(opened.municipalityCode())) {
            facts.caseOpened(opened.caseReference(), opened.municipalityCode(), opened.phase(),
                    orEmpty(opened.lifeDomains()), orEmpty(opened.targetGroups()), opened.residentPseudonym(),
                    opened.openedAt());
        } else if (data instanceof CaseDispatched dispatched && inNetwork(dispatched.municipalityCode())) {
            facts.caseDispatched(dispatched.caseReference(), dispatched.supportKind());
        } else if (data instanceof CaseAccepted accepted && inNetwork(accepted.municipalityCode())) {
            facts.caseAccepted(accepted.caseReference(), accepted.supportKind(), accepted.acceptedAt());
        } else if (data instanceof CaseClosed closed && inNetwork(closed.municipalityCode())) {
            facts.caseFact(event.id(), closed.caseReference(), closed.municipalityCode(), MonitoringFacts.CLOSED,
                    closed.outcome(), closed.supportKind(), (double) closed.throughputDays(), closed.closedAt());
        } else if (data instanceof CaseEscalated escalated && inNetwork(escalated.municipalityCode())) {
            facts.caseFact(event.id(), escalated.caseReference(), escalated.municipalityCode(),
                    MonitoringFacts.ESCALATED, escalated.trigger(), null, null, escalated.escalatedAt());
        } else if (data instanceof CaseDeescalated deescalated && inNetwork(deescalated.municipalityCode())) {
            facts.caseFact(event.id(), deescalated.caseReference(), deescalated.municipalityCode(),
                    MonitoringFacts.DEESCALATED, deescalated.trigger(), null, null, deescalated.deescalatedAt());
        } else if (data instanceof CaseHandedOver handedOver && inNetwork(handedOver.municipalityCode())) {
            facts.caseFact(event.id(), handedOver.caseReference(), handedOver.municipalityCode(),
                    MonitoringFacts.HANDED_OVER, handedOver.reason(), handedOver.toSupportKind(), null,
                    handedOver.handedOverAt());
        } else if (data instanceof HoursLogged hours && inNetwork(hours.municipalityCode())) {
            facts.caseFact(event.id(), hours.caseReference(), hours.municipalityCode(), MonitoringFacts.HOURS, null,
                    hours.supportKind(), (double) hours.minutes(), hours.workedOn().atStartOfDay(Period.ZONE).toInstant());
        } else if (data instanceof ExperienceRecorded experience && inNetwork(experience.municipalityCode())) {
            facts.experienceRecorded(event.id(), experience.municipalityCode(), experience.helpful(),
                    experience.canCarryOn(), experience.ownChoices(), experience.sameSupporterAgain(),
                    experience.wouldRecommend(), experience.recordedAt());
        } else if (data instanceof CaseAcceptanceOverdue overdue && inNetwork(overdue.municipalityCode())) {
            facts.caseFact(event.id(), overdue.caseReference(), overdue.municipalityCode(),
                    MonitoringFacts.ACCEPTANCE_OVERDUE, null, facts.offeredKind(overdue.caseReference()), null,
                    overdue.overdueAt());
            factSignals.acceptanceOverdue(overdue.municipalityCode(), overdue.overdueAt());
        }
        // Other facts (offers, reopenings) and other municipalities are not counted here.
    }

    private boolean inNetwork(String municipality) {
        return catalogue.isMunicipality(municipality);
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    @Bean
    static NewTopic caseLifecycleTopic(TopicAdmin topics) {
        return topics.topic(Topics.COORDINATOR_CASE_LIFECYCLE);
    }
}
