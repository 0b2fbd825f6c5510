package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.IdempotentCommands.Creation;
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

    /** Answers 201 with the new case's reference and its location. */
    ResponseEntity<CommandResult> open(OpenCaseRequest request, String key, Caller caller) {
        return commands.create(key, () -> {
            String pseudonym = ResidentPseudonym.require(request.residentPseudonym());
            List<String> careProviders = CareProviders.normalised(request.careProviders());
            String reference = UUID.randomUUID().toString();
            return new Creation<>(new OpenCaseCommand(reference, pseudonym, request.municipalityCode(),
                    request.districtCode(), names(request.lifeDomains()), names(request.targetGroups()), request.phase(),
                    request.language(), request.urgency(), request.complexityFlags(), request.legalDeadline(), careProviders,
                    request.accessDecisionPendingIn(), request.preferences(), Actor.of(caller)),
                    "/cases/" + reference, new CommandResult(reference, null));
        });
    }

    /** A closed case goes back to the queue, offered first to the supporter who had it when that still fits. */
    ResponseEntity<CommandResult> reopen(String reference, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.COORDINATOR,
                c -> new ReopenCaseCommand(reference, Actor.of(caller)));
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
