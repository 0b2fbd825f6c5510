package nl.samenspel.coordinator.handovers;

import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.CaseAccess;
import nl.samenspel.coordinator.cases.CaseCommands;
import nl.samenspel.coordinator.cases.CaseMatching;
import nl.samenspel.coordinator.cases.CaseView;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.EntitledCases;
import nl.samenspel.coordinator.cases.RequestHandoverCommand;
import nl.samenspel.coordinator.cases.ResidentKeyring;
import nl.samenspel.coordinator.cases.SealedText;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.text.FreeText;
import nl.samenspel.kit.web.IdempotentCommands.Creation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * The owner (or the coordinator) asks an admitted organisation, and optionally one of its eligible supporters, to take
 * the case over; a summary makes the handover warm and is sealed with the resident's key before it reaches the case.
 */
@Service
class HandingOver {

    private final CaseCommands commands;
    private final EntitledCases cases;
    private final CaseMatching matching;
    private final ResidentKeyring keyring;

    HandingOver(CaseCommands commands, EntitledCases cases, CaseMatching matching, ResidentKeyring keyring) {
        this.commands = commands;
        this.cases = cases;
        this.matching = matching;
        this.keyring = keyring;
    }

    /** Answers 201 with the new handover's id, located where its summary is read. */
    ResponseEntity<CommandResult> request(String reference, HandoverRequest request, String key, Caller caller) {
        return commands.create(key, () -> {
            CaseView c = cases.find(reference, caller, CaseAccess.OWNER_OR_COORDINATOR);
            matching.requireAdmitted(request.toOrganisationId());
            if (request.toSupporterId() != null) {
                matching.requireEligible(c, request.toSupporterId());
            }
            if (request.summary() != null) {
                FreeText.requireSentences("summary.questionSoFar", request.summary().questionSoFar());
                FreeText.requireSentences("summary.agreementsMade", request.summary().agreementsMade());
                FreeText.requireSentences("summary.nextSteps", request.summary().nextSteps());
            }
            String handoverId = UUID.randomUUID().toString();
            SealedText summary = request.summary() == null ? null : keyring.seal(c.residentPseudonym(), request.summary());
            return new Creation<>(new RequestHandoverCommand(reference, handoverId, request.toOrganisationId(),
                    request.toSupporterId(), request.reason(), summary, request.coSupport(), Actor.of(caller)),
                    "/handovers/" + handoverId, new CommandResult(reference, handoverId));
        });
    }
}
