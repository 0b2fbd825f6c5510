package nl.samenspel.kit.axon;

import nl.samenspel.kit.web.DomainRuleException;
import nl.samenspel.kit.web.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event processors of this service, for operators: status and lag per processor, and the replay of a projection.
 *
 * <p>Only a projection is replayed: a processing group with a {@link ResetHandler} (which empties what the projection
 * builds) whose handlers all allow a replay (Axon's {@code supportsReset}, which sagas and {@code @DisallowReplay}
 * handlers refuse). A publisher would send every Kafka record again and a handler that sends commands would repeat
 * them; neither has a reset handler, so neither is offered.
 */
public class EventProcessors {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> eventStore;
    private final ApplicationContext context;

    public EventProcessors(ObjectProvider<EventProcessingConfiguration> processing, ObjectProvider<EventStore> eventStore,
                           ApplicationContext context) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.context = context;
    }

    /** Every processor of this service, by name. */
    public List<EventProcessorView> list() {
        Long head = head();
        Set<String> projections = projections();
        return processing.getObject().eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> view(processor, head, projections))
                .toList();
    }

    /** One processor. */
    public EventProcessorView get(String name) {
        return view(processor(name), head(), projections());
    }

    /**
     * Rebuilds a projection from the first event: stops the processor, resets its tokens (its reset handler empties
     * the projection) and starts it again. The answer shows it replaying; its lag shows how far it still has to go.
     */
    public EventProcessorView replay(String name) {
        EventProcessor processor = processor(name);
        if (!(processor instanceof StreamingEventProcessor streaming) || !replayable(streaming, projections())) {
            throw new DomainRuleException("Event processor " + name + " is not a projection that can be replayed: only a "
                    + "processing group with a reset handler, whose handlers all allow a replay, is rebuilt from its events.");
        }
        streaming.shutDown();
        streaming.resetTokens();
        streaming.start();
        return get(name);
    }

    private EventProcessor processor(String name) {
        return processing.getObject().eventProcessor(name)
                .orElseThrow(() -> new NotFoundException("No event processor " + name + " in this service."));
    }

    private EventProcessorView view(EventProcessor processor, Long head, Set<String> projections) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new EventProcessorView(processor.getName(), processor.isRunning(), processor.isError(), false, false,
                    head, null, List.of());
        }
        List<EventProcessorView.Segment> segments = streaming.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(EventProcessors::segment)
                .toList();
        Long lag = head == null || segments.isEmpty() ? null : segments.stream()
                .mapToLong(segment -> head - (segment.position() == null ? -1 : segment.position()))
                .max().orElseThrow();
        return new EventProcessorView(processor.getName(), processor.isRunning(), processor.isError(), streaming.isReplaying(),
                replayable(streaming, projections), head, lag == null ? null : Math.max(lag, 0), segments);
    }

    private static EventProcessorView.Segment segment(EventTrackerStatus status) {
        OptionalLong position = status.getCurrentPosition();
        Throwable error = status.getError();
        return new EventProcessorView.Segment(status.getSegment().getSegmentId(),
                position.isPresent() ? position.getAsLong() : null, status.isCaughtUp(),
                error == null ? null : error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    private Long head() {
        EventStore store = eventStore.getIfAvailable();
        TrackingToken head = store == null ? null : store.createHeadToken();
        return head == null || head.position().isEmpty() ? null : head.position().getAsLong();
    }

    private static boolean replayable(StreamingEventProcessor processor, Set<String> projections) {
        return processor.supportsReset() && projections.contains(processor.getName());
    }

    /** The processing groups with a reset handler. */
    private Set<String> projections() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(method -> AnnotatedElementUtils.hasAnnotation(method, ResetHandler.class)))
                .map(type -> AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class).value())
                .collect(Collectors.toSet());
    }
}
