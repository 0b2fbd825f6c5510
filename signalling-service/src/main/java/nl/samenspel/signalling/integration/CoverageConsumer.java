package nl.samenspel.signalling.integration;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.network.CoverageGapClosed;
import nl.samenspel.events.network.CoverageGapOpened;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.signalling.bundling.FactSignals;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.monitoring.MonitoringFacts;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Gaps in the network's offer: each opened gap raises a collective signal to the municipality and counts in its
 * monitoring until the gap closes; closing the gap closes its collective signal.
 */
@Component
class CoverageConsumer implements IntegrationEventConsumer {

    static final String NAME = "signalling-coverage";

    private final Inbox inbox;
    private final FactSignals factSignals;
    private final MonitoringFacts facts;
    private final Catalogue catalogue;

    CoverageConsumer(Inbox inbox, FactSignals factSignals, MonitoringFacts facts, Catalogue catalogue) {
        this.inbox = inbox;
        this.factSignals = factSignals;
        this.facts = facts;
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = Topics.NETWORK_COVERAGE, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        if (event.type().equals(NetworkEvents.COVERAGE_GAP_OPENED.type())) {
            CoverageGapOpened gap = IntegrationEvents.dataOf(event, NetworkEvents.COVERAGE_GAP_OPENED);
            if (catalogue.isMunicipality(gap.municipalityCode())) {
                facts.coverageGapOpened(gap.municipalityCode(), gap.targetGroup(), gap.lifeDomain(), gap.supportKind(),
                        event.time() == null ? java.time.Instant.EPOCH : event.time());
                factSignals.coverageGapOpened(gap.municipalityCode(), gap.targetGroup(), gap.lifeDomain(), gap.supportKind());
            }
        } else if (event.type().equals(NetworkEvents.COVERAGE_GAP_CLOSED.type())) {
            CoverageGapClosed gap = IntegrationEvents.dataOf(event, NetworkEvents.COVERAGE_GAP_CLOSED);
            facts.coverageGapClosed(gap.municipalityCode(), gap.targetGroup(), gap.lifeDomain(), gap.supportKind());
            factSignals.coverageGapClosed(gap.municipalityCode(), gap.targetGroup(), gap.lifeDomain(), gap.supportKind());
        }
    }

    @Bean
    static NewTopic coverageTopic(TopicAdmin topics) {
        return topics.topic(Topics.NETWORK_COVERAGE);
    }
}
