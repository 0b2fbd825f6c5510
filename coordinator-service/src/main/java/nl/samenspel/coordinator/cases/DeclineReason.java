package nl.samenspel.coordinator.cases;

/** Why an organisation declined an offer or a handover. */
public enum DeclineReason { NO_CAPACITY, NO_EXPERTISE, CONFLICT_OF_INTEREST, OTHER }
