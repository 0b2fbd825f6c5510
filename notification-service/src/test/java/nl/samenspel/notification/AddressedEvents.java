package nl.samenspel.notification;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.local.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes facts on an organisation's handover topic, as the coordinator-service does, for tests. */
public final class AddressedEvents {

    private static KafkaProducer<String, String> producer;

    private AddressedEvents() {
    }

    /** Publishes one fact (keyed by its case reference) and waits until the broker has it. */
    public static <T> CloudEvent publish(String organisation, EventType<T> type, String caseReference, T data) {
        CloudEvent event = IntegrationEvents.envelope(type, UUID.randomUUID().toString(),
                Topics.sourceOf("coordinator-service"), caseReference, Instant.now(), null, data);
        try {
            producer().send(new ProducerRecord<>(Topics.handoversFor(organisation), caseReference,
                    IntegrationEvents.toJson(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type.type(), e);
        }
        return event;
    }

    /** An offer of a NORMAL case to the organisation, with a pseudonym and codes a mail or log must never show. */
    public static CaseOffered offer(String caseReference, String organisation, Instant offeredAt, Instant deadline) {
        return new CaseOffered(caseReference, organisation, "PSN-2B", "GM0553", List.of("HOUSING"), List.of(),
                "NORMAL", null, deadline, offeredAt, "/cases/" + caseReference + "/offer");
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        return producer;
    }
}
