package nl.samenspel.kit.web;

/** The thing a request names does not exist (or is not visible to the caller). Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
