package nl.samenspel.coordinator.handovers;

import nl.samenspel.coordinator.cases.AccessAudit;
import nl.samenspel.coordinator.cases.ConsentMissingException;
import nl.samenspel.coordinator.cases.EntitledCases;
import nl.samenspel.coordinator.cases.FindHandoverSummaryQuery;
import nl.samenspel.coordinator.cases.HandoverSummaryView;
import nl.samenspel.coordinator.cases.ResidentKeyring;
import nl.samenspel.coordinator.cases.StoredSummaryView;
import nl.samenspel.coordinator.cases.WarmSummary;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.text.FreeText;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * The warm-handover summary: for the organisation the handover is addressed to and for the coordinator, only while
 * the resident's consent for that organisation holds (checked on every read), and every read is audited with its
 * reason.
 */
@Service
class ReadingWarmSummaries {

    private final QueryGateway queries;
    private final ResidentKeyring keyring;
    private final AccessAudit audit;

    ReadingWarmSummaries(QueryGateway queries, ResidentKeyring keyring, AccessAudit audit) {
        this.queries = queries;
        this.keyring = keyring;
        this.audit = audit;
    }

    HandoverSummaryView read(String handoverId, String reason, Caller caller) {
        Optional<StoredSummaryView> found = queries.query(new FindHandoverSummaryQuery(handoverId),
                ResponseTypes.optionalInstanceOf(StoredSummaryView.class)).join();
        StoredSummaryView stored = EntitledCases.entitled(found, caller, s -> caller.is(CallerRole.COORDINATOR)
                || (caller.is(CallerRole.ORGANISATION) && caller.actsFor(s.toOrganisationId())),
                "No warm handover " + handoverId + "; check the id.");
        FreeText.requireSentences("reason", reason);
        if (!stored.consentHeld()) {
            throw new ConsentMissingException(stored.toOrganisationId());
        }
        audit.record(caller, AccessAudit.READ_HANDOVER_SUMMARY, stored.residentPseudonym(), stored.caseReference(), handoverId, reason);
        return keyring.open(stored.summary(), WarmSummary.class)
                .map(summary -> new HandoverSummaryView(handoverId, stored.caseReference(), summary, false))
                .orElseGet(() -> new HandoverSummaryView(handoverId, stored.caseReference(), WarmSummary.ERASED, true));
    }
}
