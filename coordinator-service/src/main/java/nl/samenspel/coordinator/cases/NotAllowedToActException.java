package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.web.DomainRuleException;

/** The transition exists, but not for this actor (wrong role, or another organisation's case). */
class NotAllowedToActException extends DomainRuleException {

    public NotAllowedToActException(String message) {
        super(message);
    }
}
