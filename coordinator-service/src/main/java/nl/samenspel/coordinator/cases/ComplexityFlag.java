package nl.samenspel.coordinator.cases;

/** What makes a case too complex for informal support alone; raising one on an informal case escalates it. */
public enum ComplexityFlag {
    CONFLICT, OBJECTION_DEADLINE, COMPLAINT_DEADLINE, MULTIPLE_PROBLEMS, SAFETY_CONCERN;

    /** An objection deadline or a safety concern may only be carried by a formal supporter. */
    public boolean needsFormalSupporter() {
        return this == OBJECTION_DEADLINE || this == SAFETY_CONCERN;
    }

    /** Objections and complaints run against a legal deadline date. */
    public boolean hasDeadline() {
        return this == OBJECTION_DEADLINE || this == COMPLAINT_DEADLINE;
    }
}
