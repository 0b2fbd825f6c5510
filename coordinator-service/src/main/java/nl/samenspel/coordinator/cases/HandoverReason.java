package nl.samenspel.coordinator.cases;

/** Why a case moves to another supporter or organisation (overdracht). */
public enum HandoverReason { EXPERTISE, CAPACITY, MOVING, RESIDENT_WISH, ESCALATION, DEESCALATION }
