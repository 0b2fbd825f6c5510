package nl.samenspel.coordinator.handovers;

import nl.samenspel.coordinator.cases.AcceptHandoverCommand;
import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.AssignSupporterRequest;
import nl.samenspel.coordinator.cases.CaseAccess;
import nl.samenspel.coordinator.cases.CaseCommands;
import nl.samenspel.coordinator.cases.CaseMatching;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.DeclineHandoverCommand;
import nl.samenspel.coordinator.cases.DeclineRequest;
import nl.samenspel.coordinator.cases.Ids;
import nl.samenspel.coordinator.matching.SupporterCard;
import nl.samenspel.kit.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** The receiving organisation takes a handed-over case for one of its eligible supporters, or declines it. */
@Service
class AnsweringHandovers {

    /** Besides the receiving organisation, one whose answer lost a race to its own twin learns where the case stands. */
    private static final CaseAccess HANDOVER_ANSWERER = CaseAccess.RECEIVING_ORGANISATION.or(CaseAccess.ANSWERED_BY_OWNER);

    private final CaseCommands commands;
    private final CaseMatching matching;

    AnsweringHandovers(CaseCommands commands, CaseMatching matching) {
        this.commands = commands;
        this.matching = matching;
    }

    ResponseEntity<CommandResult> accept(String reference, String handoverId, AssignSupporterRequest request, String key,
                                         Caller caller) {
        return commands.onCase(key, reference, caller,
                HANDOVER_ANSWERER, c -> {
            SupporterCard supporter = matching.requireEligibleOf(c, request.supporterId(), caller.organisationId());
            return new AcceptHandoverCommand(reference, Ids.require("The handover id", handoverId), supporter.supporterId(),
                    supporter.profile().kind(), Actor.receiving(caller));
        });
    }

    ResponseEntity<CommandResult> decline(String reference, String handoverId, DeclineRequest request, String key,
                                          Caller caller) {
        return commands.onCase(key, reference, caller,
                HANDOVER_ANSWERER, c -> new DeclineHandoverCommand(reference, Ids.require("The handover id", handoverId),
                        request.reason(), Actor.receiving(caller)));
    }
}
