package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;

import java.util.Objects;

/**
 * Which case a caller may see or act on, by what the case is addressed to (DOMAIN.md, "Data protection"). The
 * coordinator is entitled to every case of the region; an organisation and its supporters only to cases offered
 * to, owned by or being handed over to them. Checked by {@link EntitledCases} before it says whether the case exists.
 */
@FunctionalInterface
public interface CaseAccess {

    boolean allows(Caller caller, CaseView c);

    /** The network coordinator: every case. */
    CaseAccess COORDINATOR = (caller, c) -> caller.is(CallerRole.COORDINATOR);

    /** The organisation an offer is addressed to (accepting or declining it). */
    CaseAccess OFFERED_ORGANISATION = (caller, c) -> caller.is(CallerRole.ORGANISATION)
            && c.state() == CaseState.OFFERED && caller.actsFor(c.offeredOrganisationId());

    /** The organisation that owns the case, or its supporter who does. */
    CaseAccess OWNER = (caller, c) -> caller.actsFor(c.ownerOrganisationId())
            && (caller.is(CallerRole.ORGANISATION) || caller.isSupporter(c.ownerSupporterId()));

    /** The owning supporter, or the informal supporter who stays involved next to a formal one (co-support). */
    CaseAccess SUPPORTER_ON_THE_CASE = (caller, c) -> (caller.isSupporter(c.ownerSupporterId())
            && caller.actsFor(c.ownerOrganisationId())) || (c.coSupporterId() != null && caller.isSupporter(c.coSupporterId()));

    /** The organisation a pending handover is addressed to. */
    CaseAccess RECEIVING_ORGANISATION = (caller, c) -> caller.is(CallerRole.ORGANISATION)
            && c.state() == CaseState.HANDOVER_PENDING && caller.actsFor(c.handoverToOrganisationId());

    /**
     * The organisation that owns the case while no offer or handover is open: one whose answer to an offer or handover
     * lost a race against its own twin request learns that the case moved on (409), since it is now theirs.
     */
    CaseAccess ANSWERED_BY_OWNER = (caller, c) -> caller.is(CallerRole.ORGANISATION) && caller.actsFor(c.ownerOrganisationId())
            && c.state() != CaseState.OFFERED && c.state() != CaseState.HANDOVER_PENDING;

    /**
     * The organisation whose offer the coordinator withdrew, while no new offer is addressed to it: its late answer
     * learns that the offer is gone (409) rather than a bare refusal.
     */
    CaseAccess OFFER_WITHDRAWN_FROM = (caller, c) -> caller.is(CallerRole.ORGANISATION)
            && c.state() != CaseState.OFFERED && caller.actsFor(c.offerWithdrawnFrom());

    /** The supporter who had the case when it closed (recording the resident's experience). */
    CaseAccess LAST_SUPPORTER = (caller, c) -> c.state() == CaseState.CLOSED && c.lastSupporterId() != null
            && caller.isSupporter(c.lastSupporterId());

    /** Working on the case: the coordinator, or the owning organisation or supporter. */
    CaseAccess OWNER_OR_COORDINATOR = COORDINATOR.or(OWNER);

    /**
     * Reading the case: everyone it is addressed to. A supporter of the offered organisation sees an offer only when
     * it names them.
     */
    CaseAccess READER = COORDINATOR.or(OFFERED_ORGANISATION).or(OWNER).or(SUPPORTER_ON_THE_CASE).or(RECEIVING_ORGANISATION)
            .or((caller, c) -> c.state() == CaseState.OFFERED && c.offeredSupporterId() != null
                    && caller.isSupporter(c.offeredSupporterId()) && caller.actsFor(c.offeredOrganisationId()));

    default CaseAccess or(CaseAccess other) {
        Objects.requireNonNull(other);
        return (caller, c) -> allows(caller, c) || other.allows(caller, c);
    }
}
