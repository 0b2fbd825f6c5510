package nl.samenspel.coordinator;

import nl.samenspel.coordinator.matching.NetworkDirectory;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instances of the service share one consumer group, so a network event reaches one of them. The others see
 * the change in the directory's version and load their snapshot again. Here "another instance's consumer" is a
 * transaction on the shared tables that does not pass through this instance's directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.port=0")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NetworkSnapshotIT {

    @Autowired
    NetworkDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChangeCommittedByAnotherInstanceReachesThisInstancesSnapshotThroughTheVersion() {
        String organisation = UUID.randomUUID().toString();
        String registered = UUID.randomUUID().toString();
        NetworkSeed.admit(organisation, "PROFESSIONAL");
        NetworkSeed.register(registered, organisation, "FORMAL", 5);
        Await.until(Duration.ofSeconds(30), "the supporter is in this instance's snapshot",
                () -> directory.snapshot().supporter(registered) != null);

        String unannounced = UUID.randomUUID().toString();
        copySupporter(registered, unannounced);
        assertThat(directory.snapshot().supporter(unannounced))
                .as("a row written without raising the version: the snapshot is reused").isNull();

        String byTheOtherInstance = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            copySupporter(registered, byTheOtherInstance);
            jdbc.update("update network_directory_version set version = version + 1");
        });
        assertThat(directory.snapshot().supporter(byTheOtherInstance)).isNotNull();
        assertThat(directory.snapshot().supporter(unannounced)).as("loaded again from the tables").isNotNull();
    }

    private void copySupporter(String from, String to) {
        jdbc.update("""
                insert into network_supporter (supporter_id, organisation_id, profile, availability)
                select ?, organisation_id, profile, availability from network_supporter where supporter_id = ?""", to, from);
    }
}
