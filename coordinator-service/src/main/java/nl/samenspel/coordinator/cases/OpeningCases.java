package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/** The coordinator opens a case for a resident (known by a pseudonym only), or reopens a closed one. */
@Service
class OpeningCases {

    private final CaseCommands commands;

    OpeningCases(CaseCommands commands) {
        this.commands = commands;
    }

    /** Answers 201 with the new case's reference. */
    ResponseEntity<CommandResult> open(OpenCaseRequest request, String key, Caller caller) {
        return commands.once(key, "POST /cases", () -> {
            String pseudonym = ResidentPseudonym.require(request.residentPseudonym());
            List<String> careProviders = CareProviders.normalised(request.careProviders());
            String reference = UUID.randomUUID().toString();
            commands.send(new OpenCaseCommand(reference, pseudonym, request.municipalityCode(),
                    request.districtCode(), names(request.lifeDomains()), names(request.targetGroups()), request.phase(),
                    request.language(), request.urgency(), request.complexityFlags(), request.legalDeadline(), careProviders,
                    request.accessDecisionPendingIn(), request.preferences(), Actor.of(caller)));
            return ResponseEntity.status(HttpStatus.CREATED).body(new CommandResult(reference, null));
        });
    }

    /** A closed case goes back to the queue, offered first to the supporter who had it when that still fits. */
    ResponseEntity<CommandResult> reopen(String reference, String key, Caller caller) {
        return commands.onCase(key, "POST /cases/" + reference + "/reopen", reference, caller, CaseAccess.COORDINATOR,
                c -> new ReopenCaseCommand(reference, Actor.of(caller)));
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
