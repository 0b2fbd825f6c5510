package nl.samenspel.network.organisation;

/** How a membership ended: the organisation's own choice, or removal by the coordinator. */
public enum Departure {
    LEFT, REMOVED
}
