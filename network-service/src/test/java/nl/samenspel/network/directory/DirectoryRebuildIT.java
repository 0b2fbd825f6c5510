package nl.samenspel.network.directory;

import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.network.supporter.ChangeAvailabilityCommand;
import nl.samenspel.network.vocabulary.AvailabilityStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuilt directory is tidied up (vacuumed and analysed) as soon as its replay has caught up, not whenever
 * autovacuum comes, also when live changes arrive during the rebuild.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenspel.network.seed-demo-region=true")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class DirectoryRebuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private Clock clock;

    @Test
    void aRebuiltDirectoryIsVacuumedAndAnalysedOnceItsReplayHasCaughtUp() {
        TrackingEventProcessor directory = processing.eventProcessor(DirectoryProjection.GROUP, TrackingEventProcessor.class).orElseThrow();
        Await.until(PATIENCE, "the directory has read the seeded region", () -> RebuildUpkeep.caughtUp(directory)
                && jdbc.queryForObject("select count(*) from directory_supporter", Long.class) >= 42);
        long supporters = jdbc.queryForObject("select count(*) from directory_supporter", Long.class);
        long upkeepBefore = ProjectionDatabase.manualUpkeepRuns(jdbc);

        String supporter = jdbc.queryForObject("select supporter_id from directory_supporter order by supporter_id limit 1",
                String.class);

        directory.shutDown();
        directory.resetTokens();
        directory.start();
        // Live changes while it rebuilds: Axon ends a segment's replay at the first event newer than the reset,
        // before the processor has caught up, so the upkeep must not wait for "replaying and caught up".
        commands.sendAndWait(new ChangeAvailabilityCommand(supporter, AvailabilityStatus.ON_LEAVE,
                LocalDate.now(clock).plusDays(30), LocalDate.now(clock).plusDays(40)));
        commands.sendAndWait(new ChangeAvailabilityCommand(supporter, AvailabilityStatus.ACTIVE, null, null));

        // Two runs (one VACUUM, one ANALYZE) of the table, once the replay has caught up.
        Await.until(PATIENCE, "the rebuilt directory is vacuumed and analysed",
                () -> ProjectionDatabase.manualUpkeepRuns(jdbc) >= upkeepBefore + 2);
        assertThat(RebuildUpkeep.caughtUp(directory)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from directory_supporter", Long.class)).isEqualTo(supporters);
        Map<String, Object> planned = jdbc.queryForMap(
                "select reltuples from pg_class where oid = 'directory_supporter'::regclass");
        assertThat(((Number) planned.get("reltuples")).longValue()).isEqualTo(supporters);
    }

}
