package nl.samenspel.coordinator.offers;

import nl.samenspel.coordinator.cases.AcceptCaseCommand;
import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.AssignSupporterRequest;
import nl.samenspel.coordinator.cases.CaseAccess;
import nl.samenspel.coordinator.cases.CaseCommands;
import nl.samenspel.coordinator.cases.CaseMatching;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.DeclineCaseCommand;
import nl.samenspel.coordinator.cases.DeclineRequest;
import nl.samenspel.coordinator.matching.SupporterCard;
import nl.samenspel.kit.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** The offered organisation accepts a case for one of its eligible supporters, or declines it with a reason. */
@Service
class AnsweringOffers {

    /** Besides the offered organisation, those whose answer comes too late learn where the case stands (409). */
    private static final CaseAccess OFFER_ANSWERER = CaseAccess.OFFERED_ORGANISATION.or(CaseAccess.ANSWERED_BY_OWNER)
            .or(CaseAccess.OFFER_WITHDRAWN_FROM);

    private final CaseCommands commands;
    private final CaseMatching matching;

    AnsweringOffers(CaseCommands commands, CaseMatching matching) {
        this.commands = commands;
        this.matching = matching;
    }

    ResponseEntity<CommandResult> accept(String reference, AssignSupporterRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, OFFER_ANSWERER, c -> {
            SupporterCard supporter = matching.requireEligibleOf(c, request.supporterId(), caller.organisationId());
            return new AcceptCaseCommand(reference, supporter.supporterId(), supporter.profile().kind(), Actor.of(caller));
        });
    }

    ResponseEntity<CommandResult> decline(String reference, DeclineRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, OFFER_ANSWERER,
                c -> new DeclineCaseCommand(reference, request.reason(), Actor.of(caller)));
    }
}
