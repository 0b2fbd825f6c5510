package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A case as the caller may see it: {@link CaseAccess} decides whether the case is addressed to the caller before
 * anyone learns whether it exists.
 */
@Component
public class EntitledCases {

    private final QueryGateway queries;

    EntitledCases(QueryGateway queries) {
        this.queries = queries;
    }

    /** The case, if the caller is entitled to it; see {@link #entitled}. */
    public CaseView find(String reference, Caller caller, CaseAccess access) {
        if (!Ids.isWellFormed(reference) && caller.is(CallerRole.COORDINATOR)) {
            throw new IllegalArgumentException("A case reference is " + Ids.DESCRIPTION + ".");
        }
        Optional<CaseView> found = Ids.isWellFormed(reference)
                ? queries.query(new FindCaseQuery(reference), ResponseTypes.optionalInstanceOf(CaseView.class)).join()
                : Optional.empty();
        return entitled(found, caller, c -> access.allows(caller, c), "No case " + reference + "; check the reference.");
    }

    /**
     * Entitlement before existence: the coordinator, who may see every case of the region, learns that something does
     * not exist (404); anyone else gets the same 403 for what is not theirs and for what does not exist.
     */
    public static <T> T entitled(Optional<T> found, Caller caller, Predicate<T> mayUse, String notFound) {
        if (found.isEmpty() && caller.is(CallerRole.COORDINATOR)) {
            throw new UnknownReferenceException(notFound);
        }
        return found.filter(mayUse).orElseThrow(() -> new AccessDeniedException(caller.role() + " " + caller.subject()
                + " is not entitled to this, or it does not exist"));
    }
}
