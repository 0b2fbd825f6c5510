package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.web.DomainRuleException;

/** A warm-handover summary may only go to, and be read by, an organisation the resident consented to share it with. */
public class ConsentMissingException extends DomainRuleException {

    public ConsentMissingException(String organisationId) {
        super("The resident's consent to share a summary with organisation " + organisationId
                + " is missing (never recorded, or withdrawn); record it first or hand over without a summary.");
    }
}
