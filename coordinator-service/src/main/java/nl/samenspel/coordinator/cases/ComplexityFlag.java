package nl.samenspel.coordinator.cases;

/**
 * What makes a case too complex for informal support alone. A flag counts the same whenever it is set: raising one on an
 * informal case escalates it, and an informal supporter who accepts a case opened with one escalates it at once.
 */
public enum ComplexityFlag {
    CONFLICT, OBJECTION_DEADLINE, COMPLAINT_DEADLINE, MULTIPLE_PROBLEMS, SAFETY_CONCERN;

    /**
     * A legal deadline (objection and complaint are the same rule) or a safety concern may only be carried by a
     * formal supporter, whether the flag was set when the case was opened or raised later.
     */
    public boolean needsFormalSupporter() {
        return hasDeadline() || this == SAFETY_CONCERN;
    }

    /** Objections and complaints run against a legal deadline date. */
    public boolean hasDeadline() {
        return this == OBJECTION_DEADLINE || this == COMPLAINT_DEADLINE;
    }
}
