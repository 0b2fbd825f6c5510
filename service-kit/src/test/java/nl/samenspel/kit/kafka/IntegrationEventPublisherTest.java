package nl.samenspel.kit.kafka;

import nl.samenspel.events.EventType;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The unit-of-work batching of the publisher; the real broker is exercised by the kit's integration tests. */
class IntegrationEventPublisherTest {

    private static final EventType<Sample> SAMPLE = new EventType<>("nl.samenspel.kittest.sample.v1", Sample.class, "kittest.samples.v1");

    /** Sample contract data. */
    record Sample(String sampleId) {
    }

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
    private final IntegrationEventPublisher publisher = new IntegrationEventPublisher(kafka, "kittest-service", Duration.ofSeconds(1));

    @Test
    void aUnitOfWorkSendsEveryRecordBeforeWaitingAndCommitsOnlyWhenAllAreAcknowledged() {
        CompletableFuture<SendResult<String, String>> first = new CompletableFuture<>();
        CompletableFuture<SendResult<String, String>> second = new CompletableFuture<>();
        when(kafka.send(anyString(), anyString(), anyString())).thenReturn(first, second);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);

        publish("a");
        publish("b");

        verify(kafka, times(2)).send(anyString(), anyString(), anyString());
        first.complete(null);
        second.complete(null);
        batch.commit();
        assertThat(batch.isActive()).isFalse();
    }

    @Test
    void aRecordKafkaDidNotAcknowledgeFailsTheWholeUnitOfWork() {
        CompletableFuture<SendResult<String, String>> refused = CompletableFuture.failedFuture(new IllegalStateException("broker gone"));
        when(kafka.send(anyString(), anyString(), anyString())).thenReturn(CompletableFuture.completedFuture(null), refused);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        boolean[] rolledBack = {false};
        batch.onRollback(u -> rolledBack[0] = true);

        publish("a");
        publish("b");

        assertThatThrownBy(batch::commit).isInstanceOf(IntegrationEventPublisher.PublishFailedException.class)
                .hasMessageContaining("broker gone");
        assertThat(rolledBack[0]).isTrue();
    }

    @Test
    void outsideAUnitOfWorkASendWaitsForItsAcknowledgement() {
        when(kafka.send(anyString(), anyString(), anyString())).thenReturn(new CompletableFuture<>());

        assertThatThrownBy(() -> publish("a")).isInstanceOf(IntegrationEventPublisher.PublishFailedException.class);
        verify(kafka).send(any(), any(), any());
    }

    private void publish(String id) {
        publisher.publish(GenericEventMessage.asEventMessage("origin-" + id), SAMPLE, SAMPLE.topic(), id, new Sample(id));
    }
}
