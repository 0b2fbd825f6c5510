package nl.samenspel.kit.testservice;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Records amounts; expires a configurable time after its first amount (a persistent deadline) unless closed before. */
@Aggregate(cache = TallyCaching.NAME)
class Tally {

    static final String EXPIRY = "tally-expiry";
    static volatile Duration expiresAfter = Duration.ofHours(1);
    /** The classes on the stack of the latest amount's handler: which time limits wrap a handler call. */
    static volatile List<String> lastHandlerStack = List.of();
    /** Per tally, how many of its events were read back to load it (not counting events as they are applied). */
    static final Map<String, Integer> replayed = new ConcurrentHashMap<>();

    @AggregateIdentifier
    private String tallyId;
    private boolean expired;

    Tally() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTallyCommand command, DeadlineManager deadlines) {
        if (command.amount() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        lastHandlerStack = Arrays.stream(Thread.currentThread().getStackTrace()).map(StackTraceElement::getClassName).toList();
        if (tallyId == null) {
            deadlines.schedule(expiresAfter, EXPIRY);
        }
        apply(new TallyRecordedEvent(command.tallyId(), command.amount()));
    }

    @CommandHandler
    void handle(CloseTallyCommand command, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(EXPIRY);
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void expire() {
        if (!expired) {
            apply(new TallyExpiredEvent(tallyId));
        }
    }

    @EventSourcingHandler
    void on(TallyRecordedEvent event) {
        tallyId = event.tallyId();
        if (!AggregateLifecycle.isLive()) {
            replayed.merge(tallyId, 1, Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(TallyExpiredEvent event) {
        expired = true;
    }
}
