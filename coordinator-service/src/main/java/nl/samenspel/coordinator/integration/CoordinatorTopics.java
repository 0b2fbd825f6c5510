package nl.samenspel.coordinator.integration;

import nl.samenspel.events.Topics;
import nl.samenspel.kit.kafka.TopicAdmin;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinator's fixed topics; an organisation's own handover topic is created when it is admitted. */
@Configuration
class CoordinatorTopics {

    @Bean
    NewTopic caseLifecycleTopic(TopicAdmin topics) {
        return topics.topic(Topics.COORDINATOR_CASE_LIFECYCLE);
    }

    @Bean
    NewTopic caseloadTopic(TopicAdmin topics) {
        return topics.topic(Topics.COORDINATOR_CASELOAD);
    }
}
