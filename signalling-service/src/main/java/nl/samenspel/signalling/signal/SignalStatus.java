package nl.samenspel.signalling.signal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a signal stands. The allowed moves are one explicit table, so a reader sees the whole life of a signal
 * in one place: filed → bundled into a collective signal → answered by the municipality → closed; a filed signal
 * may be withdrawn. Bundled → bundled is the coordinator merging its collective signal into another one.
 */
public enum SignalStatus {
    FILED, BUNDLED, ANSWERED, CLOSED, WITHDRAWN;

    private static final Map<SignalStatus, Set<SignalStatus>> TRANSITIONS = Map.of(
            FILED, EnumSet.of(BUNDLED, WITHDRAWN),
            BUNDLED, EnumSet.of(BUNDLED, ANSWERED),
            ANSWERED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(SignalStatus.class),
            WITHDRAWN, EnumSet.noneOf(SignalStatus.class));

    public boolean canMoveTo(SignalStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** The statuses this one may move to, for refusals that tell the caller what is possible. */
    public Set<SignalStatus> next() {
        return TRANSITIONS.get(this);
    }
}
