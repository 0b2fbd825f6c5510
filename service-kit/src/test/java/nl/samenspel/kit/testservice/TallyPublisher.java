package nl.samenspel.kit.testservice;

import nl.samenspel.events.EventType;
import nl.samenspel.kit.kafka.IntegrationEventPublisher;
import nl.samenspel.kit.kafka.TopicAdmin;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("kafka-publisher")
class TallyPublisher {

    static final String TOPIC = "kittest.tallies.v1";
    static final EventType<TallyRecorded> TALLY_RECORDED =
            new EventType<>("nl.samenspel.kittest.tally-recorded.v1", TallyRecorded.class, TOPIC);

    private final IntegrationEventPublisher publisher;

    TallyPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(TallyRecordedEvent event, EventMessage<?> origin) {
        publisher.publish(origin, TALLY_RECORDED, TOPIC, event.tallyId(), new TallyRecorded(event.tallyId(), event.amount()));
    }

    @Bean
    static NewTopic talliesTopic(TopicAdmin topics) {
        return topics.topic(TOPIC);
    }
}
