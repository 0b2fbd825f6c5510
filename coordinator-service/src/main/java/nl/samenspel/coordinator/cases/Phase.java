package nl.samenspel.coordinator.cases;

/** Phase of the support trajectory (VNG 2022, appendix 2). */
public enum Phase { ORIENTATION, ACCESS, DURING_SUPPORT }
