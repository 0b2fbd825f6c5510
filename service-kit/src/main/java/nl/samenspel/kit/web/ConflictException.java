package nl.samenspel.kit.web;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/**
 * The request came too late: someone else changed the same thing first, or it already exists. Answered with 409;
 * {@link #currentState()} tells the caller what the thing looks like now. Domain code throws its service's own
 * {@link RefusedException} instead.
 */
public class ConflictException extends RefusedException {

    public ConflictException(String message) {
        super(Refusal.CONFLICT, message);
    }

    public ConflictException(String message, Object currentState) {
        super(Refusal.CONFLICT, message, currentState);
    }
}
