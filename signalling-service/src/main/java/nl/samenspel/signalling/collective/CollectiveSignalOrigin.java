package nl.samenspel.signalling.collective;

/** Why a collective signal was raised. */
public enum CollectiveSignalOrigin {
    /** Enough signals from enough organisations (the bundling rule). */
    BUNDLED,
    /** The network coordinator raised it by hand. */
    MANUAL,
    /** The network-service reported no eligible supporter for a target group and life domain. */
    COVERAGE_GAP,
    /** The coordinator-service's case facts show a bottleneck, e.g. many missed acceptance deadlines. */
    CASE_LIFECYCLE
}
