package nl.samenspel.kit.web;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/**
 * The thing a request names does not exist (or is not visible to the caller). Answered with 404. Domain code throws
 * its service's own {@link RefusedException} instead.
 */
public class NotFoundException extends RefusedException {

    public NotFoundException(String message) {
        super(Refusal.NOT_FOUND, message);
    }
}
