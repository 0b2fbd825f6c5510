package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.text.FreeText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** Closing a case with its outcome, and recording the resident's experience of it afterwards (sealed free text). */
@Service
class ClosingCases {

    private final CaseCommands commands;
    private final ResidentKeyring keyring;

    ClosingCases(CaseCommands commands, ResidentKeyring keyring) {
        this.commands = commands;
        this.keyring = keyring;
    }

    ResponseEntity<CommandResult> close(String reference, CloseRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller,
                CaseAccess.OWNER_OR_COORDINATOR, c -> new CloseCaseCommand(reference, request.outcome(), Actor.of(caller)));
    }

    ResponseEntity<CommandResult> recordExperience(String reference, ExperienceRequest request, String key, Caller caller) {
        FreeText.requireSentences("improvementPoints", request.improvementPoints());
        return commands.onCase(key, reference, caller,
                CaseAccess.COORDINATOR.or(CaseAccess.LAST_SUPPORTER), c -> new RecordExperienceCommand(reference,
                        new ExperienceScores(request.helpful(), request.canCarryOn(), request.ownChoices(),
                                request.sameSupporterAgain(), request.wouldRecommend()),
                        request.improvementPoints() == null ? null : keyring.seal(c.residentPseudonym(), request.improvementPoints()),
                        Actor.of(caller)));
    }
}
