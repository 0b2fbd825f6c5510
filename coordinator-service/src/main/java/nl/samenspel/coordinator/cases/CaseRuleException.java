package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.web.DomainRuleException;

/** Any other case rule that was broken (hours, region, deadlines); the message says which and what to do. */
class CaseRuleException extends DomainRuleException {

    public CaseRuleException(String message) {
        super(message);
    }
}
