package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A warm-handover summary may only go to, and be read by, an organisation the resident consented to share it with. */
public class ConsentMissingException extends RefusedException {

    public ConsentMissingException(String organisationId) {
        super(Refusal.RULE_BROKEN, "The resident's consent to share a summary with organisation " + organisationId
                + " is missing (never recorded, or withdrawn); record it first or hand over without a summary.");
    }
}
