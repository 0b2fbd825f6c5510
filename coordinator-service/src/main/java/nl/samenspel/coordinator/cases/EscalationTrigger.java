package nl.samenspel.coordinator.cases;

/** What set off an escalation (opschalen) from informal to formal support. */
public enum EscalationTrigger { MANUAL, COMPLEXITY_FLAG, HOURS_LIMIT, NO_PROGRESS }
