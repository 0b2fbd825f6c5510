package nl.samenspel.coordinator.offers;

import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.CaseAccess;
import nl.samenspel.coordinator.cases.CaseCommands;
import nl.samenspel.coordinator.cases.CaseMatching;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.DispatchCaseCommand;
import nl.samenspel.coordinator.cases.WithdrawOfferCommand;
import nl.samenspel.coordinator.matching.SupporterCard;
import nl.samenspel.kit.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The coordinator offers a case to an eligible supporter (their organisation follows) or to an admitted organisation
 * that assigns one itself, and may take back an unanswered offer.
 */
@Service
class DispatchingOffers {

    private final CaseCommands commands;
    private final CaseMatching matching;

    DispatchingOffers(CaseCommands commands, CaseMatching matching) {
        this.commands = commands;
        this.matching = matching;
    }

    ResponseEntity<CommandResult> dispatch(String reference, DispatchRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.COORDINATOR, c -> {
            if (request.supporterId() != null) {
                SupporterCard supporter = request.organisationId() == null
                        ? matching.requireEligible(c, request.supporterId())
                        : matching.requireEligibleOf(c, request.supporterId(), request.organisationId());
                return new DispatchCaseCommand(reference, supporter.organisationId(), supporter.supporterId(),
                        supporter.profile().kind(), Actor.of(caller));
            }
            matching.requireAdmitted(request.organisationId());
            return new DispatchCaseCommand(reference, request.organisationId(), null, null, Actor.of(caller));
        });
    }

    /** The case returns to the queue at once; the organisation's later answer is refused. */
    ResponseEntity<CommandResult> withdraw(String reference, WithdrawOfferRequest request, String key, Caller caller) {
        return commands.onCase(key, reference, caller, CaseAccess.COORDINATOR,
                c -> new WithdrawOfferCommand(reference, request.reason(), Actor.of(caller)));
    }
}
