package nl.samenspel.signalling;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** The collective signal, report or municipality a request names does not exist here. */
public class SignallingNotFoundException extends RefusedException {

    public SignallingNotFoundException(String message) {
        super(Refusal.NOT_FOUND, message);
    }
}
