package nl.samenspel.signalling.collective;

import nl.samenspel.kit.text.FreeText;
import nl.samenspel.kit.text.PersonalDataDetector;
import nl.samenspel.signalling.SignallingConflictException;
import nl.samenspel.signalling.SignallingNotFoundException;
import nl.samenspel.signalling.catalogue.Catalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collective signal to one municipality, with persistent deadlines for its acknowledgement and answer.
 * Only the municipality it is addressed to may act on it; to any other it does not exist.
 */
@Aggregate
class CollectiveSignal {

    private static final int MAX_TEXT = 4000;

    @AggregateIdentifier
    private String collectiveSignalId;
    private String municipalityCode;
    private String categoryCode;
    private CollectiveSignalOrigin origin;
    private CollectiveSignalStatus status;
    private Instant acknowledgeBy;
    private Instant answerBy;
    private Set<String> signalIds;
    private Set<String> organisationIds;

    CollectiveSignal() {
    }

    @CommandHandler
    CollectiveSignal(RaiseCollectiveSignalCommand command, Catalogue catalogue,
                     CollectiveSignalDeadlines deadlines, DeadlineManager deadlineManager, Clock clock) {
        catalogue.municipality(command.municipalityCode());
        catalogue.category(command.categoryCode());
        requireText("summary", command.summary());
        Instant now = clock.instant();
        Instant acknowledgeBy = now.plus(deadlines.acknowledgeWithin());
        Instant answerBy = now.plus(deadlines.answerWithin());
        apply(new CollectiveSignalRaisedEvent(command.collectiveSignalId(), command.municipalityCode(),
                command.categoryCode(), command.origin(), command.summary(), orEmpty(command.signalIds()),
                orEmpty(command.organisationIds()), orEmpty(command.lifeDomains()), orEmpty(command.targetGroups()),
                now, acknowledgeBy, answerBy, command.residentsConcerned(), withoutPersonalData(command.descriptions())));
        deadlineManager.schedule(acknowledgeBy, DeadlineKind.ACKNOWLEDGEMENT.deadlineName());
        deadlineManager.schedule(answerBy, DeadlineKind.ANSWER.deadlineName());
    }

    @CommandHandler
    void handle(AcknowledgeCollectiveSignalCommand command, DeadlineManager deadlineManager, Clock clock) {
        requireAddressedTo(command.municipalityCode());
        if (status == CollectiveSignalStatus.ACKNOWLEDGED) {
            return;
        }
        requireMove(CollectiveSignalStatus.ACKNOWLEDGED);
        Instant now = clock.instant();
        apply(new CollectiveSignalAcknowledgedEvent(collectiveSignalId, municipalityCode, categoryCode, now,
                now.isAfter(acknowledgeBy)));
        deadlineManager.cancelAllWithinScope(DeadlineKind.ACKNOWLEDGEMENT.deadlineName());
    }

    @CommandHandler
    void handle(AnswerCollectiveSignalCommand command, DeadlineManager deadlineManager, Clock clock) {
        requireAddressedTo(command.municipalityCode());
        requireMove(CollectiveSignalStatus.ANSWERED);
        requireText("answer", command.answer());
        if (command.plannedMeasure() != null) {
            requireText("plannedMeasure", command.plannedMeasure());
        }
        if (command.plannedDate() != null && command.plannedMeasure() == null) {
            throw new IllegalArgumentException("A planned date needs the planned measure it belongs to.");
        }
        Instant now = clock.instant();
        apply(new CollectiveSignalAnsweredEvent(collectiveSignalId, municipalityCode, categoryCode, command.answer(),
                command.plannedMeasure(), command.plannedDate(), Set.copyOf(signalIds), now, now.isAfter(answerBy)));
        deadlineManager.cancelAllWithinScope(DeadlineKind.ACKNOWLEDGEMENT.deadlineName());
        deadlineManager.cancelAllWithinScope(DeadlineKind.ANSWER.deadlineName());
    }

    @CommandHandler
    void handle(CloseCollectiveSignalCommand command, Clock clock) {
        requireAddressedTo(command.municipalityCode());
        if (status == CollectiveSignalStatus.CLOSED) {
            return;
        }
        requireMove(CollectiveSignalStatus.CLOSED);
        apply(new CollectiveSignalClosedEvent(collectiveSignalId, municipalityCode, Set.copyOf(signalIds), clock.instant()));
    }

    /**
     * Closes a signal whose fact ended, from any open or answered status; a closed or merged one stays as it is.
     * Once the coordinator merged the network's own signals into it, it is about more than the fact and waits for
     * the municipality as any other.
     */
    @CommandHandler
    void handle(ResolveCollectiveSignalCommand command, DeadlineManager deadlineManager, Clock clock) {
        if (status == CollectiveSignalStatus.CLOSED || status == CollectiveSignalStatus.MERGED || !signalIds.isEmpty()) {
            return;
        }
        apply(new CollectiveSignalResolvedEvent(collectiveSignalId, municipalityCode, origin, clock.instant()));
        deadlineManager.cancelAllWithinScope(DeadlineKind.ACKNOWLEDGEMENT.deadlineName());
        deadlineManager.cancelAllWithinScope(DeadlineKind.ANSWER.deadlineName());
    }

    @CommandHandler
    void handle(MergeCollectiveSignalCommand command, DeadlineManager deadlineManager, Clock clock) {
        if (collectiveSignalId.equals(command.intoId())) {
            throw new IllegalArgumentException("A collective signal cannot be merged into itself.");
        }
        requireMove(CollectiveSignalStatus.MERGED);
        apply(new CollectiveSignalMergedEvent(collectiveSignalId, command.intoId(), municipalityCode,
                Set.copyOf(signalIds), Set.copyOf(organisationIds), clock.instant()));
        deadlineManager.cancelAllWithinScope(DeadlineKind.ACKNOWLEDGEMENT.deadlineName());
        deadlineManager.cancelAllWithinScope(DeadlineKind.ANSWER.deadlineName());
    }

    @CommandHandler
    void handle(AddSignalsCommand command) {
        if (!status.open()) {
            throw new SignallingConflictException("Collective signal " + collectiveSignalId + " is " + status
                    + "; signals can only join an open collective signal.", current());
        }
        Set<String> newSignals = new LinkedHashSet<>(command.signalIds());
        newSignals.removeAll(signalIds);
        if (!newSignals.isEmpty()) {
            Set<String> organisations = new LinkedHashSet<>(organisationIds);
            organisations.addAll(command.organisationIds());
            apply(new SignalsAddedEvent(collectiveSignalId, Set.copyOf(newSignals), Set.copyOf(command.organisationIds()),
                    signalIds.size() + newSignals.size(), organisations.size()));
        }
    }

    @DeadlineHandler(deadlineName = DeadlineKind.ACKNOWLEDGEMENT_DEADLINE)
    void acknowledgementDue() {
        if (status == CollectiveSignalStatus.RAISED) {
            apply(new CollectiveSignalOverdueEvent(collectiveSignalId, municipalityCode, DeadlineKind.ACKNOWLEDGEMENT,
                    acknowledgeBy));
        }
    }

    @DeadlineHandler(deadlineName = DeadlineKind.ANSWER_DEADLINE)
    void answerDue() {
        if (status.open()) {
            apply(new CollectiveSignalOverdueEvent(collectiveSignalId, municipalityCode, DeadlineKind.ANSWER, answerBy));
        }
    }

    private void requireAddressedTo(String municipality) {
        if (!municipalityCode.equals(municipality)) {
            throw new SignallingNotFoundException("Municipality " + municipality + " has no collective signal "
                    + collectiveSignalId + ".");
        }
    }

    private void requireMove(CollectiveSignalStatus to) {
        if (!status.canMoveTo(to)) {
            throw new SignallingConflictException("Collective signal " + collectiveSignalId + " is " + status
                    + " and cannot become " + to + "; from " + status + " it can only become " + status.next() + ".",
                    current());
        }
    }

    private Map<String, Object> current() {
        return Map.of("collectiveSignalId", collectiveSignalId, "status", status);
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The " + field + " is required, at most " + MAX_TEXT + " characters.");
        }
        FreeText.requireSentences(field, text);
    }

    /**
     * Filing refused descriptions with personal data already; checking again keeps any that slipped through an
     * older check from reaching the municipality. One with a finding is left out rather than refusing the raise.
     */
    private static List<String> withoutPersonalData(List<String> descriptions) {
        return descriptions == null ? List.of()
                : descriptions.stream().filter(description -> PersonalDataDetector.find(description).isEmpty()).toList();
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    @EventSourcingHandler
    void on(CollectiveSignalRaisedEvent event) {
        collectiveSignalId = event.collectiveSignalId();
        municipalityCode = event.municipalityCode();
        categoryCode = event.categoryCode();
        origin = event.origin();
        status = CollectiveSignalStatus.RAISED;
        acknowledgeBy = event.acknowledgeBy();
        answerBy = event.answerBy();
        signalIds = new LinkedHashSet<>(event.signalIds());
        organisationIds = new LinkedHashSet<>(event.organisationIds());
    }

    @EventSourcingHandler
    void on(CollectiveSignalAcknowledgedEvent event) {
        status = CollectiveSignalStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(CollectiveSignalAnsweredEvent event) {
        status = CollectiveSignalStatus.ANSWERED;
    }

    @EventSourcingHandler
    void on(CollectiveSignalClosedEvent event) {
        status = CollectiveSignalStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CollectiveSignalResolvedEvent event) {
        status = CollectiveSignalStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CollectiveSignalMergedEvent event) {
        status = CollectiveSignalStatus.MERGED;
    }

    @EventSourcingHandler
    void on(SignalsAddedEvent event) {
        signalIds.addAll(event.signalIds());
        organisationIds.addAll(event.organisationIds());
    }
}
