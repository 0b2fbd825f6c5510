package nl.samenspel.network.integration;

import nl.samenspel.events.Topics;
import nl.samenspel.kit.kafka.TopicAdmin;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service publishes to, and the one it consumes (so its listener is assigned before the
 * coordinator-service first publishes); created at startup when missing.
 */
@Configuration
class NetworkTopics {

    @Bean
    NewTopic organisationsTopic(TopicAdmin topics) {
        return topics.topic(Topics.NETWORK_ORGANISATIONS);
    }

    @Bean
    NewTopic supportersTopic(TopicAdmin topics) {
        return topics.topic(Topics.NETWORK_SUPPORTERS);
    }

    @Bean
    NewTopic coverageTopic(TopicAdmin topics) {
        return topics.topic(Topics.NETWORK_COVERAGE);
    }

    @Bean
    NewTopic caseloadTopic(TopicAdmin topics) {
        return topics.topic(Topics.COORDINATOR_CASELOAD);
    }
}
