package nl.samenspel.kit.web;

/**
 * The request came too late: someone else changed the same thing first, or it already exists.
 * Answered with 409; {@link #currentState()} tells the caller what the thing looks like now.
 */
public class ConflictException extends RuntimeException {

    private final transient Object currentState;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, Object currentState) {
        super(message);
        this.currentState = currentState;
    }

    public Object currentState() {
        return currentState;
    }
}
