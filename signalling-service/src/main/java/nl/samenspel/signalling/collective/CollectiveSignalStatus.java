package nl.samenspel.signalling.collective;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a collective signal stands, with its allowed moves in one table: raised → acknowledged → answered →
 * closed. An answer may come without a separate acknowledgement; an open collective signal may be merged into
 * another one by the coordinator. Outside the table, one raised from a fact closes by itself, from any status
 * before closed, when the fact ends ({@code ResolveCollectiveSignalCommand}).
 */
public enum CollectiveSignalStatus {
    RAISED, ACKNOWLEDGED, ANSWERED, CLOSED, MERGED;

    private static final Map<CollectiveSignalStatus, Set<CollectiveSignalStatus>> TRANSITIONS = Map.of(
            RAISED, EnumSet.of(ACKNOWLEDGED, ANSWERED, MERGED),
            ACKNOWLEDGED, EnumSet.of(ANSWERED, MERGED),
            ANSWERED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CollectiveSignalStatus.class),
            MERGED, EnumSet.noneOf(CollectiveSignalStatus.class));

    public boolean canMoveTo(CollectiveSignalStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    public Set<CollectiveSignalStatus> next() {
        return TRANSITIONS.get(this);
    }

    /** Still open for signals to be added: neither answered, closed nor merged. */
    public boolean open() {
        return this == RAISED || this == ACKNOWLEDGED;
    }
}
