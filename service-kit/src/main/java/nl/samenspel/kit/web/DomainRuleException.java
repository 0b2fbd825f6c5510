package nl.samenspel.kit.web;

/**
 * A command broke a rule of the domain (for example: a supporter who is on leave cannot take a case).
 * Answered with 422 and the message, which must tell a person what to do differently.
 */
public class DomainRuleException extends RuntimeException {

    public DomainRuleException(String message) {
        super(message);
    }
}
