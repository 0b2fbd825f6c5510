package nl.samenspel.kit.web;

/**
 * The caller may not see or do this: answered with 403 and {@link Problems#forbidden()}. Throw it for things that do
 * not exist as well as for things of others, so that the answer does not reveal which is the case.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String reasonForTheLog) {
        super(reasonForTheLog);
    }
}
