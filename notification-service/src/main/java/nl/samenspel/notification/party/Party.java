package nl.samenspel.notification.party;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.web.ForbiddenException;

import java.util.Objects;

/**
 * Whom an event is addressed to, and who owns a subscription: an organisation (by id) or a municipality (by CBS code).
 */
public record Party(PartyKind kind, String id) {

    public Party {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Party organisation(String organisationId) {
        return new Party(PartyKind.ORGANISATION, organisationId);
    }

    public static Party municipality(String municipalityCode) {
        return new Party(PartyKind.MUNICIPALITY, municipalityCode);
    }

    /**
     * The party a caller acts for: an organisation's staff for their organisation, a municipality's people for their
     * municipality. Supporters act for cases, not for their organisation's subscriptions; other roles have no party.
     */
    public static Party of(Caller caller) {
        if (caller.is(CallerRole.ORGANISATION)) {
            return organisation(caller.organisationId());
        }
        if (caller.is(CallerRole.MUNICIPALITY)) {
            return municipality(caller.municipalityCode());
        }
        throw new ForbiddenException("Role " + caller.role() + " has no events of its own");
    }
}
