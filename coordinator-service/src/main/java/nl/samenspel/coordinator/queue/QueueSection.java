package nl.samenspel.coordinator.queue;

/** The sections of the coordinator's work queue. */
public enum QueueSection {
    /** Opened and never offered, or declined: waiting for dispatch. */
    NEW,
    /** Offered, waiting for acceptance (with their deadlines). */
    OFFERS_AWAITING_ACCEPTANCE,
    /** Back in the queue because nobody accepted in time. */
    OVERDUE,
    /** Escalated, waiting for a formal supporter. */
    ESCALATIONS_WAITING_FOR_FORMAL,
    /** A handover waits for the receiving side. */
    HANDOVERS_PENDING
}
