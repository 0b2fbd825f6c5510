package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.web.ConflictException;

/** The case is not in a state that allows this action (often: someone else acted first). Answered 409. */
class TransitionNotAllowedException extends ConflictException {

    public TransitionNotAllowedException(CaseAction action, CurrentCaseState current) {
        super("A case in state " + current.state() + " does not allow " + action
                + "; read the case again to see where it stands.", current);
    }
}
