package nl.samenspel.kit.domain;

/**
 * The base of every service's own refusals: a service declares its exceptions in its domain's words and extends
 * this, so that its aggregates depend on neither HTTP nor the kit's web layer, which maps the {@link #refusal()}.
 */
public abstract class RefusedException extends RuntimeException {

    private final Refusal refusal;
    private final transient Object currentState;

    protected RefusedException(Refusal refusal, String message) {
        this(refusal, message, null);
    }

    /** {@code currentState} tells the caller of a conflict what the thing looks like now. */
    protected RefusedException(Refusal refusal, String message, Object currentState) {
        super(message);
        this.refusal = refusal;
        this.currentState = currentState;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** What the thing looks like now, for a conflict; {@code null} when there is nothing to show. */
    public Object currentState() {
        return currentState;
    }
}
