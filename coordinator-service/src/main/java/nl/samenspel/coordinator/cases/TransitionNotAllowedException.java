package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** The case is not in a state that allows this action (often: someone else acted first). Answered 409. */
class TransitionNotAllowedException extends RefusedException {

    public TransitionNotAllowedException(CaseAction action, CurrentCaseState current) {
        super(Refusal.CONFLICT, "A case in state " + current.state() + " does not allow " + action
                + "; read the case again to see where it stands.", current);
    }
}
