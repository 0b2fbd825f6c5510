package nl.samenspel.local.test;

import nl.samenspel.local.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the instances of a service ({@link ServiceProcess}es on one schema) divide the work, seen from outside: who
 * holds the segments of a tracking processor (Axon's token table) and how a consumer group's partitions are shared.
 */
public final class Instances {

    private Instances() {
    }

    /**
     * The process ids of the instances holding a segment of {@code processor} in {@code schema} ({@code -1} for an
     * unclaimed segment). The kit names a token's owner {@code <service>/<pid>@<host>/<uuid>}.
     */
    public static Set<Long> segmentHolders(String schema, String processor) {
        try (Connection connection = DriverManager.getConnection(TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(),
                TestInfrastructure.dbPassword());
             PreparedStatement query = connection.prepareStatement(
                     "select owner from " + schema + ".tokenentry where processorname = ?")) {
            query.setString(1, processor);
            Set<Long> holders = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String owner = rows.getString(1);
                    holders.add(owner == null ? -1L : Long.parseLong(owner.split("/")[1].split("@")[0]));
                }
            }
            return holders;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code group} has {@code members} members on the test broker, each assigned at least one partition. */
    public static void awaitConsumerGroupShared(String group, int members) {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()))) {
            Await.until(Duration.ofSeconds(60), members + " members share the partitions of " + group, () -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                        .toCompletionStage().toCompletableFuture().join().get(group);
                return description.members().size() == members && description.members().stream()
                        .allMatch(member -> !member.assignment().topicPartitions().isEmpty());
            });
        }
    }
}
