package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The work on an accepted case: logging time, raising a complexity flag, asking for escalation (opschalen). The
 * case escalates an informal case by itself on a flag or past the hours limit.
 */
@Service
class WorkingOnCases {

    private final CaseCommands commands;

    WorkingOnCases(CaseCommands commands) {
        this.commands = commands;
    }

    ResponseEntity<CommandResult> logHours(String reference, LogHoursRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.SUPPORTER_ON_THE_CASE,
                c -> new LogHoursCommand(reference, request.minutes(), request.workedOn(), Actor.of(caller)));
    }

    ResponseEntity<CommandResult> raiseFlag(String reference, RaiseFlagRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.OWNER_OR_COORDINATOR,
                c -> new RaiseComplexityFlagCommand(reference, request.flag(), request.legalDeadline(), Actor.of(caller)));
    }

    ResponseEntity<CommandResult> escalate(String reference, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.OWNER_OR_COORDINATOR,
                c -> new EscalateCaseCommand(reference, Actor.of(caller)));
    }
}
