package nl.samenspel.signalling.integration;

import nl.samenspel.events.Topics;
import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.signalling.catalogue.Catalogue;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics this service writes: the feedback topic and one topic per municipality of the network. */
@Configuration
class SignallingTopics {

    @Bean
    NewTopic feedbackTopic(TopicAdmin topics) {
        return topics.topic(Topics.SIGNALLING_FEEDBACK);
    }

    @Bean
    KafkaAdmin.NewTopics municipalityTopics(Catalogue catalogue, TopicAdmin topics) {
        return new KafkaAdmin.NewTopics(catalogue.municipalities().stream()
                .map(municipality -> topics.topic(Topics.municipality(municipality.code())))
                .toArray(NewTopic[]::new));
    }
}
