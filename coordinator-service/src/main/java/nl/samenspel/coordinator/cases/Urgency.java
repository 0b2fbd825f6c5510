package nl.samenspel.coordinator.cases;

/** How urgent a case is; sets the acceptance deadline in working days ({@link CaseRules}). */
public enum Urgency { LOW, NORMAL, HIGH }
