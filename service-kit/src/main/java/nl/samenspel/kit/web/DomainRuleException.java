package nl.samenspel.kit.web;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/**
 * A request broke a rule checked at the edge, before any command (for example: two collective signals of different
 * municipalities cannot be merged). Answered with 422 and the message, which must tell a person what to do
 * differently. Domain code throws its service's own {@link RefusedException} instead.
 */
public class DomainRuleException extends RefusedException {

    public DomainRuleException(String message) {
        super(Refusal.RULE_BROKEN, message);
    }
}
