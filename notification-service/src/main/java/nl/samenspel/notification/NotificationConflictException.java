package nl.samenspel.notification;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A request does not fit what the subscription or delivery has become meanwhile; {@code current} shows it as it is now. */
public class NotificationConflictException extends RefusedException {

    public NotificationConflictException(String message, Object current) {
        super(Refusal.CONFLICT, message, current);
    }
}
