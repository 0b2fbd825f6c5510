package nl.samenspel.coordinator.cases;

/** Where a case is in its life; the allowed moves between states are {@link CaseTransitions#ALLOWED}. */
public enum CaseState {
    /** Opened, or back in the coordinator's queue; the coordinator is responsible. */
    OPENED,
    /** Offered to an organisation, waiting for acceptance; the coordinator (or previous owner) stays responsible. */
    OFFERED,
    /** Accepted by a supporter who has not logged any work yet. */
    ACCEPTED,
    /** A supporter works on it. */
    IN_PROGRESS,
    /** A handover was requested; the current owner stays responsible until the receiving side accepts. */
    HANDOVER_PENDING,
    /** Closed with an outcome; may be reopened. */
    CLOSED
}
