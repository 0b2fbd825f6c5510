package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** The transition exists, but not for this actor (wrong role, or another organisation's case). */
class NotAllowedToActException extends RefusedException {

    public NotAllowedToActException(String message) {
        super(Refusal.RULE_BROKEN, message);
    }
}
