package nl.samenspel.coordinator.cases;

/**
 * Why the coordinator withdrew an unanswered offer. A closed list, so the organisation's topic never carries free text
 * about the resident.
 */
public enum WithdrawalReason {
    /** The resident no longer wants support, or asked for someone else. */
    RESIDENT_WISH,
    /** The case changed (urgency, flags, question) and needs another supporter. */
    CASE_CHANGED,
    /** Another supporter fits better or can start sooner. */
    BETTER_MATCH,
    /** The offer went to the wrong organisation or supporter. */
    DISPATCHED_IN_ERROR,
    OTHER
}
