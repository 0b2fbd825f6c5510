package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** Any other case rule that was broken (hours, region, deadlines); the message says which and what to do. */
class CaseRuleException extends RefusedException {

    public CaseRuleException(String message) {
        super(Refusal.RULE_BROKEN, message);
    }
}
