package nl.samenspel.benchmarks.workload;

/** A supporter of the scaled region as the workload tracks it; owned by one worker, so no locking. */
final class SupporterSeat {

    final String id;
    final String organisationId;
    final String kind;
    final int index;
    boolean onLeave;
    int profileVariant;

    SupporterSeat(String id, String organisationId, String kind, int index) {
        this.id = id;
        this.organisationId = organisationId;
        this.kind = kind;
        this.index = index;
    }
}
