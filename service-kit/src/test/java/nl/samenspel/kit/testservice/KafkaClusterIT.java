package nl.samenspel.kit.testservice;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.OrganisationSuspended;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalKafkaCluster;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.DeliveryCheck;
import nl.samenspel.local.test.TestTokenIssuer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a three-node Kafka cluster, its topics created with three replicas and {@code min.insync.replicas=2}
 * from configuration. Under a steady load of commands and of records it consumes, the node leading the service's
 * topic is stopped and started again: every committed event reaches the topic, per key in commit order, and every
 * record consumed has its effect once. Runs in a schema of its own, so no other test's processors publish its events
 * to another broker.
 */
@SpringBootTest(properties = {
        "samenspel.kafka.topics.replication-factor=3",
        "samenspel.kafka.topics.min-insync-replicas=2",
        "spring.flyway.schemas=kittest_cluster", "spring.flyway.default-schema=kittest_cluster",
        "spring.datasource.hikari.schema=kittest_cluster"})
@DirtiesContext
class KafkaClusterIT {

    private static final int CLIENTS = 3;
    private static final int TALLIES_PER_CLIENT = 4;
    private static final LocalKafkaCluster CLUSTER = LocalKafkaCluster.start(3);

    static {
        // The topic the service consumes, replicated like its own (created before the service's consumer asks for it).
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", CLUSTER.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(SuspensionConsumer.TOPIC, 3, (short) 3)
                    .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2")))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", CLUSTER::bootstrapServers);
        registry.add("spring.datasource.url", TestInfrastructure::jdbcUrl);
        registry.add("spring.datasource.username", TestInfrastructure::dbUser);
        registry.add("spring.datasource.password", TestInfrastructure::dbPassword);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokenIssuer.get().issuerUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokenIssuer.get().jwkSetUri());
    }

    /** Stops the cluster when the context closes, after its consumers and processors stopped. */
    @TestConfiguration
    static class Cluster {
        @Bean(destroyMethod = "close")
        LocalKafkaCluster kafkaCluster() {
            return CLUSTER;
        }
    }

    @Test
    void aNodeStoppedAndRestartedUnderLoadLosesNoCommittedEventAndNoConsumedRecordActsTwice() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", CLUSTER.bootstrapServers()));
             KafkaProducer<String, String> upstream = upstreamProducer()) {
            // A thread for each client and one for the records, not the common pool, which may have fewer threads.
            ExecutorService load = Executors.newFixedThreadPool(CLIENTS + 1);
            assertReplicatedThreeTimesWithTwoInSync(admin, TallyPublisher.TOPIC);
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> sentSuspensions = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean loading = new AtomicBoolean(true);
            List<CompletableFuture<Integer>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(CompletableFuture.supplyAsync(() -> {
                    int sent = 0;
                    while (loading.get()) {
                        commands.sendAndWait(new RecordTallyCommand(tally(run, client, sent % TALLIES_PER_CLIENT), 1));
                        sent++;
                    }
                    return sent;
                }, load));
            }
            CompletableFuture<Void> records = CompletableFuture.runAsync(() -> {
                while (loading.get()) {
                    CloudEvent suspension = suspension("org-" + run + "-" + sentSuspensions.size());
                    send(upstream, suspension);
                    sentSuspensions.add(suspension.id());
                }
            }, load);

            LocalKafkaBroker leader;
            try {
                Await.until(Duration.ofSeconds(30), "load before the outage", () -> committed(run) >= 20);
                leader = CLUSTER.node(leaderOf(admin, TallyPublisher.TOPIC));
                leader.stop();
                long beforeOutage = committed(run);
                Await.until(Duration.ofSeconds(30), "commands committed during the outage", () -> committed(run) >= beforeOutage + 20);
                leader.start();
                long afterRestart = committed(run);
                Await.until(Duration.ofSeconds(30), "commands committed after the restart", () -> committed(run) >= afterRestart + 20);
            } finally {
                loading.set(false);
                load.shutdown();
            }
            records.get();
            int commandsSent = clients.stream().mapToInt(CompletableFuture::join).sum();

            Map<String, List<String>> committed = new LinkedHashMap<>();
            for (int c = 0; c < CLIENTS; c++) {
                for (int t = 0; t < TALLIES_PER_CLIENT; t++) {
                    committed.put(tally(run, c, t), jdbc.queryForList("select eventidentifier from domainevententry"
                            + " where aggregateidentifier = ? order by sequencenumber", String.class, tally(run, c, t)));
                }
            }
            assertThat(committed.values().stream().mapToInt(List::size).sum()).isEqualTo(commandsSent);
            int repeated = DeliveryCheck.assertDeliveredInOrder(CLUSTER.bootstrapServers(), TallyPublisher.TOPIC, committed,
                    value -> IntegrationEvents.parse(value).id());
            Await.until(Duration.ofSeconds(60), "every record sent to the service was handled", () -> jdbc.queryForObject(
                    "select count(distinct event_id) from suspension_seen where organisation_id like ?", Integer.class,
                    "org-" + run + "-%") == sentSuspensions.size());
            assertThat(jdbc.queryForObject("select count(*) from suspension_seen where organisation_id like ?", Integer.class,
                    "org-" + run + "-%")).as("each record handled once").isEqualTo(sentSuspensions.size());
            System.out.printf("Kafka cluster: node %d stopped and restarted; %d commands, %d records consumed, %d published"
                    + " records repeated%n", leader.nodeId(), commandsSent, sentSuspensions.size(), repeated);
        }
    }

    private static void assertReplicatedThreeTimesWithTwoInSync(Admin admin, String topic) throws Exception {
        // A topic just created is known to every node only once the controller's metadata has reached them.
        Await.until(Duration.ofSeconds(30), "topic " + topic + " known to the cluster", () -> {
            try {
                admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic))).all().get();
                return true;
            } catch (ExecutionException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        assertThat(description.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2");
    }

    private static int leaderOf(Admin admin, String topic) throws Exception {
        TopicPartitionInfo first = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().get(0);
        return first.leader().id();
    }

    private long committed(String run) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier like ?", Long.class,
                "tally-" + run + "-%");
    }

    private static String tally(String run, int client, int number) {
        return "tally-" + run + "-" + client + "-" + number;
    }

    private static KafkaProducer<String, String> upstreamProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CLUSTER.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(SuspensionConsumer.TOPIC, event.subject(), IntegrationEvents.toJson(event))).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static CloudEvent suspension(String organisationId) {
        return IntegrationEvents.envelope(NetworkEvents.ORGANISATION_SUSPENDED, UUID.randomUUID().toString(),
                "/samenspel/network-service", organisationId, Instant.now(), null,
                new OrganisationSuspended(organisationId, "complaints under investigation"));
    }
}
