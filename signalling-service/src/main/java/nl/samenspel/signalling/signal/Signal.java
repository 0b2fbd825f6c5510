package nl.samenspel.signalling.signal;

import nl.samenspel.signalling.SignallingConflictException;
import nl.samenspel.kit.text.FreeText;
import nl.samenspel.signalling.SignallingRuleException;
import nl.samenspel.signalling.catalogue.Catalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One signal of a supporter about a bottleneck in care and support. */
@Aggregate
class Signal {

    private static final String CASE_REFERENCE = "[A-Za-z0-9-]{1,40}";
    private static final int MAX_DESCRIPTION = 4000;

    @AggregateIdentifier
    private String signalId;
    private String organisationId;
    private String municipalityCode;
    private String categoryCode;
    private SignalStatus status;
    private String collectiveSignalId;

    Signal() {
    }

    @CommandHandler
    Signal(FileSignalCommand command, Catalogue catalogue, Clock clock) {
        catalogue.municipality(command.municipalityCode());
        catalogue.category(command.categoryCode());
        catalogue.lifeDomain(command.lifeDomain());
        catalogue.targetGroup(command.targetGroup());
        if (command.organisationId() == null || command.organisationId().isBlank()) {
            throw new IllegalArgumentException("A signal needs the id of the organisation that files it.");
        }
        if (command.residentsConcerned() < 0) {
            throw new IllegalArgumentException("residentsConcerned cannot be below zero (was "
                    + command.residentsConcerned() + ").");
        }
        if (command.description() == null || command.description().isBlank() || command.description().length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A signal needs a description of at most " + MAX_DESCRIPTION + " characters.");
        }
        FreeText.requireSentences("description", command.description());
        List<String> references = command.caseReferences() == null ? List.of() : List.copyOf(command.caseReferences());
        for (int i = 0; i < references.size(); i++) {
            // Checked for personal data first, so a BSN or phone number typed here is named as such; never echoed.
            FreeText.requireSentences("caseReferences[" + i + "]", references.get(i));
            if (!references.get(i).matches(CASE_REFERENCE)) {
                throw new SignallingRuleException("caseReferences[" + i + "] is not an anonymised case reference (letters,"
                        + " digits and dashes, at most 40); use the pseudonymous reference of the case.");
            }
        }
        apply(new SignalFiledEvent(command.signalId(), command.organisationId(), command.municipalityCode(),
                command.categoryCode(), command.lifeDomain(), command.targetGroup(), command.description(),
                command.residentsConcerned(), references, clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawSignalCommand command, Clock clock) {
        move(SignalStatus.WITHDRAWN, null, clock);
    }

    @CommandHandler
    void handle(BundleSignalCommand command, Clock clock) {
        if (status == SignalStatus.BUNDLED && command.collectiveSignalId().equals(collectiveSignalId)) {
            return;
        }
        move(SignalStatus.BUNDLED, command.collectiveSignalId(), clock);
    }

    @CommandHandler
    void handle(MarkSignalAnsweredCommand command, Clock clock) {
        if (status == SignalStatus.ANSWERED) {
            return;
        }
        move(SignalStatus.ANSWERED, command.collectiveSignalId(), clock);
        apply(new SignalAnsweredEvent(signalId, organisationId, municipalityCode, categoryCode,
                command.collectiveSignalId(), command.answer(), command.plannedMeasure(), command.plannedDate(),
                command.answeredAt()));
    }

    @CommandHandler
    void handle(CloseSignalCommand command, Clock clock) {
        if (status == SignalStatus.CLOSED) {
            return;
        }
        move(SignalStatus.CLOSED, command.collectiveSignalId(), clock);
    }

    private void move(SignalStatus to, String collective, Clock clock) {
        if (!status.canMoveTo(to)) {
            throw new SignallingConflictException("Signal " + signalId + " is " + status + " and cannot become " + to
                    + "; from " + status + " it can only become " + status.next() + ".",
                    Map.of("signalId", signalId, "status", status));
        }
        apply(new SignalStatusChangedEvent(signalId, organisationId, municipalityCode, categoryCode, status, to,
                collective, clock.instant()));
    }

    @EventSourcingHandler
    void on(SignalFiledEvent event) {
        signalId = event.signalId();
        organisationId = event.organisationId();
        municipalityCode = event.municipalityCode();
        categoryCode = event.categoryCode();
        status = SignalStatus.FILED;
    }

    @EventSourcingHandler
    void on(SignalStatusChangedEvent event) {
        status = event.to();
        collectiveSignalId = event.collectiveSignalId();
    }
}
