package nl.samenspel.notification.receiver;

/** A receiver URL or address that may not be called; the message says why, for the party that registered it. */
public class RefusedReceiverException extends RuntimeException {

    public RefusedReceiverException(String message) {
        super(message);
    }
}
