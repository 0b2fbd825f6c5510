package nl.samenspel.signalling.bundling;

import nl.samenspel.signalling.SignallingConflictException;
import nl.samenspel.signalling.collective.AddSignalsCommand;
import nl.samenspel.signalling.collective.CollectiveSignalAnsweredEvent;
import nl.samenspel.signalling.collective.CollectiveSignalClosedEvent;
import nl.samenspel.signalling.collective.CollectiveSignalMergedEvent;
import nl.samenspel.signalling.collective.CollectiveSignalRaisedEvent;
import nl.samenspel.signalling.collective.SignalsAddedEvent;
import nl.samenspel.signalling.signal.BundleSignalCommand;
import nl.samenspel.signalling.signal.CloseSignalCommand;
import nl.samenspel.signalling.signal.MarkSignalAnsweredCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.function.Function;

/**
 * Carries what happens to a collective signal down to its individual signals, so that each supporter sees what
 * became of their signal: bundled, answered (with the municipality's answer), closed.
 */
@Component
@ProcessingGroup("signal-feedback")
class SignalFeedback {

    private static final Logger log = LoggerFactory.getLogger(SignalFeedback.class);

    private final CommandGateway commands;

    SignalFeedback(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CollectiveSignalRaisedEvent event) {
        toEach(event.signalIds(), signal -> new BundleSignalCommand(signal, event.collectiveSignalId()));
    }

    @EventHandler
    void on(SignalsAddedEvent event) {
        toEach(event.signalIds(), signal -> new BundleSignalCommand(signal, event.collectiveSignalId()));
    }

    @EventHandler
    void on(CollectiveSignalMergedEvent event) {
        send(new AddSignalsCommand(event.intoId(), event.signalIds(), event.organisationIds()));
    }

    @EventHandler
    void on(CollectiveSignalAnsweredEvent event) {
        toEach(event.signalIds(), signal -> new MarkSignalAnsweredCommand(signal, event.collectiveSignalId(),
                event.answer(), event.plannedMeasure(), event.plannedDate(), event.answeredAt()));
    }

    @EventHandler
    void on(CollectiveSignalClosedEvent event) {
        toEach(event.signalIds(), signal -> new CloseSignalCommand(signal, event.collectiveSignalId()));
    }

    private void toEach(Collection<String> signalIds, Function<String, Object> command) {
        signalIds.stream().sorted().map(command).forEach(this::send);
    }

    /**
     * A signal that moved on meanwhile (for example withdrawn just before it was bundled) keeps its own status:
     * retrying would never succeed, so the refusal is logged and the feedback moves on.
     */
    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (SignallingConflictException e) {
            log.info("Feedback {} not applied: {}", command.getClass().getSimpleName(), e.getMessage());
        }
    }
}
