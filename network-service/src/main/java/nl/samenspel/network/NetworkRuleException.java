package nl.samenspel.network;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A command breaks a rule of the network (membership, supporters, the region); the message says what to do differently. */
public class NetworkRuleException extends RefusedException {

    public NetworkRuleException(String message) {
        super(Refusal.RULE_BROKEN, message);
    }
}
