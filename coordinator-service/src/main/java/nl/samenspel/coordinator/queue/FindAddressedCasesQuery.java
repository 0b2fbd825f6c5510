package nl.samenspel.coordinator.queue;

/**
 * The cases addressed to one organisation: {@link Addressed#INBOX} its offers and handovers waiting for its answer
 * (soonest deadline first), {@link Addressed#OWNED} the open cases it carries; or, with a supporter id, the cases a
 * supporter carries or supports and those they closed last ({@link Addressed#SUPPORTER}).
 */
public record FindAddressedCasesQuery(Addressed addressed, String partyId) {

    /** Whose list. */
    public enum Addressed { INBOX, OWNED, SUPPORTER }
}
