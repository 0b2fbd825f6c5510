package nl.samenspel.notification;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A request breaks a rule of subscriptions or alerts (a receiver address, a limit, a code); the message says what to do differently. */
public class NotificationRuleException extends RefusedException {

    public NotificationRuleException(String message) {
        super(Refusal.RULE_BROKEN, message);
    }
}
