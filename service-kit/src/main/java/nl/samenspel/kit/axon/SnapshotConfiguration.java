package nl.samenspel.kit.axon;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Snapshots for aggregates whose event stream keeps growing (a supporter's caseload changes with every case they
 * take or close): {@code @Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.SNAPSHOTS)} plus
 * {@code @Revision}. Loading such an aggregate then reads its latest snapshot and fewer than {@value #EVERY} events,
 * not its whole history. Snapshots are stored field by field ({@link SnapshotSerializer}).
 */
@AutoConfiguration
public class SnapshotConfiguration {

    /** The bean name of the snapshot trigger, for {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOTS = "samenspelSnapshots";
    static final int EVERY = 100;

    @Bean(SNAPSHOTS)
    public SnapshotTriggerDefinition samenspelSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVERY);
    }
}
