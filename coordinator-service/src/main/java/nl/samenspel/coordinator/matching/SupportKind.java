package nl.samenspel.coordinator.matching;

/** The three kinds of client support the network offers on purpose (diversity of the offer). */
public enum SupportKind {
    /** Professional (beroepsmatige) client support. */
    FORMAL,
    /** Volunteer (informele) client support. */
    INFORMAL,
    /** Experience expert (ervaringsdeskundige). */
    EXPERIENCE_EXPERT
}
