package nl.samenspel.coordinator.matching;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

import java.util.List;

/** A supporter may not take this case; the message lists every reason. */
public class SupporterNotEligibleException extends RefusedException {

    private final transient List<String> reasons;

    public SupporterNotEligibleException(String supporterId, List<String> reasons) {
        super(Refusal.RULE_BROKEN, "Supporter " + supporterId + " is not eligible for this case: " + String.join("; ", reasons) + ".");
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
