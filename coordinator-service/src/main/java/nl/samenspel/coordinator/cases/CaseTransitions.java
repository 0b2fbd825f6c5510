package nl.samenspel.coordinator.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static nl.samenspel.coordinator.cases.CaseAction.*;
import static nl.samenspel.coordinator.cases.CaseState.*;
import static nl.samenspel.coordinator.cases.Role.*;

/**
 * The explicit transition table of a case (like Signalen's {@code ALLOWED_STATUS_CHANGES}): in which state an
 * action is allowed, where it leads, and who may make it. Anything not in the table is refused. The owning
 * organisation may do what its supporter may, except logging time, which is always one supporter's.
 */
final class CaseTransitions {

    /** One allowed move. */
    public record Transition(CaseState from, CaseAction action, CaseState to, Set<Role> by) {
    }

    public static final List<Transition> ALLOWED = List.of(
            t(OPENED, DISPATCH, OFFERED, COORDINATOR),
            t(OPENED, RAISE_FLAG, OPENED, COORDINATOR),
            t(OPENED, RECORD_CONSENT, OPENED, COORDINATOR),
            t(OPENED, WITHDRAW_CONSENT, OPENED, COORDINATOR),
            t(OPENED, CLOSE, CLOSED, COORDINATOR),

            t(OFFERED, ACCEPT, ACCEPTED, ORGANISATION),
            t(OFFERED, DECLINE, OPENED, ORGANISATION),
            t(OFFERED, EXPIRE_OFFER, OPENED, SYSTEM),
            t(OFFERED, WITHDRAW_OFFER, OPENED, COORDINATOR),
            t(OFFERED, RAISE_FLAG, OFFERED, COORDINATOR),
            t(OFFERED, RECORD_CONSENT, OFFERED, COORDINATOR),
            t(OFFERED, WITHDRAW_CONSENT, OFFERED, COORDINATOR),

            t(ACCEPTED, LOG_HOURS, IN_PROGRESS, SUPPORTER),
            t(ACCEPTED, RAISE_FLAG, ACCEPTED, SUPPORTER, ORGANISATION, COORDINATOR),
            t(ACCEPTED, RECORD_CONSENT, ACCEPTED, SUPPORTER, ORGANISATION, COORDINATOR),
            t(ACCEPTED, WITHDRAW_CONSENT, ACCEPTED, SUPPORTER, ORGANISATION, COORDINATOR),
            t(ACCEPTED, ESCALATE, ACCEPTED, SUPPORTER, ORGANISATION, COORDINATOR, SYSTEM),
            t(ACCEPTED, REQUEST_HANDOVER, HANDOVER_PENDING, SUPPORTER, ORGANISATION, COORDINATOR),
            t(ACCEPTED, CLOSE, CLOSED, SUPPORTER, ORGANISATION, COORDINATOR),

            t(IN_PROGRESS, LOG_HOURS, IN_PROGRESS, SUPPORTER),
            t(IN_PROGRESS, RAISE_FLAG, IN_PROGRESS, SUPPORTER, ORGANISATION, COORDINATOR),
            t(IN_PROGRESS, RECORD_CONSENT, IN_PROGRESS, SUPPORTER, ORGANISATION, COORDINATOR),
            t(IN_PROGRESS, WITHDRAW_CONSENT, IN_PROGRESS, SUPPORTER, ORGANISATION, COORDINATOR),
            t(IN_PROGRESS, ESCALATE, IN_PROGRESS, SUPPORTER, ORGANISATION, COORDINATOR, SYSTEM),
            t(IN_PROGRESS, REQUEST_HANDOVER, HANDOVER_PENDING, SUPPORTER, ORGANISATION, COORDINATOR),
            t(IN_PROGRESS, CLOSE, CLOSED, SUPPORTER, ORGANISATION, COORDINATOR),

            t(HANDOVER_PENDING, ACCEPT_HANDOVER, IN_PROGRESS, RECEIVING_ORGANISATION),
            t(HANDOVER_PENDING, DECLINE_HANDOVER, IN_PROGRESS, RECEIVING_ORGANISATION),
            t(HANDOVER_PENDING, EXPIRE_HANDOVER, IN_PROGRESS, SYSTEM),
            t(HANDOVER_PENDING, LOG_HOURS, HANDOVER_PENDING, SUPPORTER),
            // A flag or the hours limit still escalates an informal case while its handover waits for an answer.
            t(HANDOVER_PENDING, ESCALATE, HANDOVER_PENDING, SYSTEM),
            t(HANDOVER_PENDING, RAISE_FLAG, HANDOVER_PENDING, SUPPORTER, ORGANISATION, COORDINATOR),
            t(HANDOVER_PENDING, RECORD_CONSENT, HANDOVER_PENDING, SUPPORTER, ORGANISATION, COORDINATOR),
            t(HANDOVER_PENDING, WITHDRAW_CONSENT, HANDOVER_PENDING, SUPPORTER, ORGANISATION, COORDINATOR),

            t(CLOSED, RECORD_EXPERIENCE, CLOSED, SUPPORTER, COORDINATOR),
            t(CLOSED, WITHDRAW_CONSENT, CLOSED, COORDINATOR),
            t(CLOSED, REOPEN, OPENED, COORDINATOR));

    private CaseTransitions() {
    }

    /** The move for this action in this state, if the table has one. */
    public static Optional<Transition> find(CaseState from, CaseAction action) {
        return ALLOWED.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** Whether the table lets this role take this action in this state. */
    public static boolean allows(CaseState from, CaseAction action, Role role) {
        return find(from, action).filter(t -> t.by().contains(role)).isPresent();
    }

    private static Transition t(CaseState from, CaseAction action, CaseState to, Role... by) {
        return new Transition(from, action, to, EnumSet.copyOf(List.of(by)));
    }
}
