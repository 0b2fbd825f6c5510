package nl.samenspel.notification.party;

/** The two kinds of party that have topics of their own. */
public enum PartyKind {
    /** A supporter organisation: its offers and handovers. */
    ORGANISATION,
    /** A municipality: its collective signals and monitoring reports. */
    MUNICIPALITY
}
