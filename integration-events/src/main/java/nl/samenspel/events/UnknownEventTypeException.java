package nl.samenspel.events;

/** Thrown when a record's CloudEvents {@code type} is not part of this version of the contract. */
public class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String type) {
        super("Unknown CloudEvents type '" + type + "': not part of the Samenspel contract this consumer knows");
    }
}
