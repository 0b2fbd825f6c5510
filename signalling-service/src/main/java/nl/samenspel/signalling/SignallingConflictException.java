package nl.samenspel.signalling;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A command came too late: the signal, collective signal or report is no longer in a state that allows it. */
public class SignallingConflictException extends RefusedException {

    public SignallingConflictException(String message) {
        super(Refusal.CONFLICT, message);
    }

    public SignallingConflictException(String message, Object currentState) {
        super(Refusal.CONFLICT, message, currentState);
    }
}
