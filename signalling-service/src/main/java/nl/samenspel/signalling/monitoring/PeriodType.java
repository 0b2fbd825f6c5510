package nl.samenspel.signalling.monitoring;

/** The periods a municipality gets figures for. */
public enum PeriodType {
    MONTH, QUARTER, YEAR
}
