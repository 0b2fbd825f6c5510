package nl.samenspel.network.vocabulary;

/** Whether a supporter can take new cases; ON_LEAVE applies between the leave's first and last day. */
public enum AvailabilityStatus {
    ACTIVE, ON_LEAVE, INACTIVE
}
