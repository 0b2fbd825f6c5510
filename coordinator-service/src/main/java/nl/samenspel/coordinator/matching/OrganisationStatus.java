package nl.samenspel.coordinator.matching;

/** An organisation's membership of the network. */
public enum OrganisationStatus { ADMITTED, SUSPENDED, LEFT }
