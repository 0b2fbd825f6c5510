package nl.samenspel.coordinator.cases;

/** How a case ended. */
public enum Outcome { RESOLVED, REFERRED_TO_PROVISION, HANDED_TO_WLZ, WITHDRAWN, UNREACHABLE }
