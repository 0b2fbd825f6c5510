package nl.samenspel.network.directory;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * When the directory's tables are vacuumed and analysed: once per rebuild, after the processor has caught up, whatever
 * Axon's replay flag says (live events end a replay before it reaches the head). Real PostgreSQL; the processor's
 * status is staged.
 */
class RebuildUpkeepTest {

    private final TrackingEventProcessor directory = mock(TrackingEventProcessor.class);
    private JdbcTemplate jdbc;
    private RebuildUpkeep upkeep;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(ProjectionDatabase.fresh());
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(DirectoryProjection.GROUP, TrackingEventProcessor.class)).thenReturn(Optional.of(directory));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("processing", processing);
        upkeep = new RebuildUpkeep(beans.getBeanProvider(EventProcessingConfiguration.class), jdbc);
    }

    @Test
    void aRebuildThatCaughtUpAfterLiveEventsEndedItsReplayIsTidiedUpOnce() {
        upkeep.rebuildStarted();
        stage(Map.of());
        upkeep.check();
        stage(Map.of(0, status(false, true)));
        upkeep.check();
        assertThat(ProjectionDatabase.manualUpkeepRuns(jdbc)).as("not before the processor has caught up").isZero();

        stage(Map.of(0, status(true, false)));
        upkeep.check();
        upkeep.check();

        assertThat(ProjectionDatabase.manualUpkeepRuns(jdbc)).as("one VACUUM and one ANALYZE").isEqualTo(2);
    }

    @Test
    void aProcessorThatCaughtUpWithoutARebuildIsLeftToAutovacuum() {
        stage(Map.of(0, status(true, false)));
        upkeep.check();

        assertThat(ProjectionDatabase.manualUpkeepRuns(jdbc)).isZero();
    }

    private void stage(Map<Integer, EventTrackerStatus> segments) {
        when(directory.processingStatus()).thenReturn(segments);
    }

    private static EventTrackerStatus status(boolean caughtUp, boolean replaying) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.isCaughtUp()).thenReturn(caughtUp);
        when(status.isReplaying()).thenReturn(replaying);
        return status;
    }
}
