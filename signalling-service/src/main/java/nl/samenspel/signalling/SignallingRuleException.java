package nl.samenspel.signalling;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A command breaks a rule of signalling; the message says what to do differently. */
public class SignallingRuleException extends RefusedException {

    public SignallingRuleException(String message) {
        super(Refusal.RULE_BROKEN, message);
    }
}
