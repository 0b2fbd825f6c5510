package nl.samenspel.signalling.integration;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.SupporterProfile;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.signalling.monitoring.MonitoringFacts;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The network's supporters per municipality and kind, for the monitoring's picture of the network. */
@Component
class SupporterConsumer implements IntegrationEventConsumer {

    static final String NAME = "signalling-supporters";

    private final Inbox inbox;
    private final MonitoringFacts facts;

    SupporterConsumer(Inbox inbox, MonitoringFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = Topics.NETWORK_SUPPORTERS, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        if (event.type().equals(NetworkEvents.SUPPORTER_REGISTERED.type())) {
            var registered = IntegrationEvents.dataOf(event, NetworkEvents.SUPPORTER_REGISTERED);
            serves(registered.supporterId(), registered.profile());
        } else if (event.type().equals(NetworkEvents.SUPPORTER_PROFILE_CHANGED.type())) {
            var changed = IntegrationEvents.dataOf(event, NetworkEvents.SUPPORTER_PROFILE_CHANGED);
            serves(changed.supporterId(), changed.profile());
        } else if (event.type().equals(NetworkEvents.SUPPORTER_DEACTIVATED.type())) {
            facts.supporterLeft(IntegrationEvents.dataOf(event, NetworkEvents.SUPPORTER_DEACTIVATED).supporterId());
        }
    }

    private void serves(String supporterId, SupporterProfile profile) {
        facts.supporterServes(supporterId, profile.kind(), profile.municipalities() == null
                ? java.util.List.of() : profile.municipalities());
    }

    @Bean
    static NewTopic supportersTopic(TopicAdmin topics) {
        return topics.topic(Topics.NETWORK_SUPPORTERS);
    }
}
