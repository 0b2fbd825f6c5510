package nl.samenspel.network.integration;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseloadChanged;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.PoisonRecordException;
import nl.samenspel.network.organisation.RecordOrganisationCaseloadCommand;
import nl.samenspel.network.supporter.RecordSupporterCaseloadCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns open-case counts from the coordinator-service, so a supporter with open cases cannot be deactivated and
 * an organisation with open cases cannot leave. Counts are absolute and keyed by organisation, so the latest
 * record wins; the other caseload-topic types are not for us and are skipped.
 */
@Component
class CaseloadConsumer implements IntegrationEventConsumer {

    static final String NAME = "network-caseload";

    private final Inbox inbox;
    private final CommandGateway commands;

    CaseloadConsumer(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = Topics.COORDINATOR_CASELOAD, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        if (!CoordinatorEvents.CASELOAD_CHANGED.type().equals(event.type())) {
            return;
        }
        CaseloadChanged caseload = IntegrationEvents.dataOf(event, CoordinatorEvents.CASELOAD_CHANGED);
        try {
            commands.sendAndWait(new RecordSupporterCaseloadCommand(caseload.supporterId(), caseload.supporterOpenCases()));
            commands.sendAndWait(new RecordOrganisationCaseloadCommand(caseload.organisationId(), caseload.organisationOpenCases()));
        } catch (AggregateNotFoundException e) {
            throw new PoisonRecordException("Caseload for a supporter or organisation this network does not know: "
                    + e.getMessage(), e);
        }
    }
}
