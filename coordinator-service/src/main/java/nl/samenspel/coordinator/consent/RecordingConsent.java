package nl.samenspel.coordinator.consent;

import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.CaseAccess;
import nl.samenspel.coordinator.cases.CaseCommands;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.Ids;
import nl.samenspel.coordinator.cases.RecordConsentCommand;
import nl.samenspel.coordinator.cases.WithdrawConsentCommand;
import nl.samenspel.kit.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The owner or the coordinator records the resident's consent to share a summary with an organisation, or its
 * withdrawal; a summary is only read while the consent holds.
 */
@Service
class RecordingConsent {

    private final CaseCommands commands;

    RecordingConsent(CaseCommands commands) {
        this.commands = commands;
    }

    ResponseEntity<CommandResult> record(String reference, ConsentRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.OWNER_OR_COORDINATOR,
                c -> new RecordConsentCommand(reference, request.organisationId(), Actor.of(caller)));
    }

    ResponseEntity<CommandResult> withdraw(String reference, String organisationId, String key, Caller caller) {
        return commands.onCase(key, reference,
                caller, CaseAccess.OWNER_OR_COORDINATOR,
                c -> new WithdrawConsentCommand(reference, Ids.require("The organisation id", organisationId), Actor.of(caller)));
    }
}
