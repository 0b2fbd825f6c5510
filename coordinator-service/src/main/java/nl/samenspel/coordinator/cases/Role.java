package nl.samenspel.coordinator.cases;

/** Who makes a move on a case. */
public enum Role {
    /** The network coordinator. */
    COORDINATOR,
    /** The organisation the case is offered to, or that owns it. */
    ORGANISATION,
    /** The supporter who owns the case (or supports it next to the owner). */
    SUPPORTER,
    /** The organisation a pending handover is addressed to. */
    RECEIVING_ORGANISATION,
    /** The network administrator: reads the audit log; takes no part in cases. */
    ADMINISTRATOR,
    /** The service itself: deadlines and automatic triggers. */
    SYSTEM
}
