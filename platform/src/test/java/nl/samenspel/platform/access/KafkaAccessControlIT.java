package nl.samenspel.platform.access;

import nl.samenspel.events.KafkaAccess;
import nl.samenspel.events.Topics;
import nl.samenspel.local.LocalKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ACLs of {@link KafkaAccessRules}, applied to a real broker that requires SASL/SCRAM-SHA-512 and runs
 * {@code StandardAuthorizer}, checked with real producers and consumers.
 */
class KafkaAccessControlIT {

    private static final String ORGANISATION_A = UUID.randomUUID().toString();
    private static final String ORGANISATION_B = UUID.randomUUID().toString();
    private static final String LISSE = "GM0553";
    private static final String NOORDWIJK = "GM0575";
    private static final String COORDINATOR = "coordinator-service";
    private static final String SIGNALLING = "signalling-service";
    private static final String NETWORK = "network-service";

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBrokerWithUsersAndAcls() throws Exception {
        broker = LocalKafkaBroker.createWithScram(0, null, "admin-secret").start();
        try (Admin admin = Admin.create(broker.adminProperties())) {
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (String user : List.of(COORDINATOR, SIGNALLING, NETWORK,
                    KafkaAccess.organisationPrincipal(ORGANISATION_A), KafkaAccess.organisationPrincipal(ORGANISATION_B),
                    KafkaAccess.municipalityPrincipal(LISSE), KafkaAccess.municipalityPrincipal(NOORDWIJK))) {
                users.add(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), passwordOf(user)));
            }
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get();
            admin.createAcls(KafkaAccessRules.all(List.of(ORGANISATION_A, ORGANISATION_B), List.of(LISSE, NOORDWIJK))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void organisationReadsItsOwnHandoverTopicButNotAnotherOrganisations() throws Exception {
        produce(COORDINATOR, Topics.handoversFor(ORGANISATION_A), "offer for A");
        produce(COORDINATOR, Topics.handoversFor(ORGANISATION_B), "offer for B");
        String a = KafkaAccess.organisationPrincipal(ORGANISATION_A);

        assertThat(readOne(a, KafkaAccess.groupPrefix(a) + "inbox", Topics.handoversFor(ORGANISATION_A))).isEqualTo("offer for A");
        assertThatThrownBy(() -> readOne(a, KafkaAccess.groupPrefix(a) + "snoop", Topics.handoversFor(ORGANISATION_B)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void organisationReadsTheAnswersToItsOwnSignalsButNotAnotherOrganisations() throws Exception {
        produce(SIGNALLING, Topics.organisationSignals(ORGANISATION_A), "answer for A");
        produce(SIGNALLING, Topics.organisationSignals(ORGANISATION_B), "answer for B");
        String a = KafkaAccess.organisationPrincipal(ORGANISATION_A);
        String lisse = KafkaAccess.municipalityPrincipal(LISSE);

        assertThat(readOne(a, KafkaAccess.groupPrefix(a) + "answers", Topics.organisationSignals(ORGANISATION_A)))
                .isEqualTo("answer for A");
        assertThatThrownBy(() -> readOne(a, KafkaAccess.groupPrefix(a) + "snoop", Topics.organisationSignals(ORGANISATION_B)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> readOne(lisse, KafkaAccess.groupPrefix(lisse) + "snoop",
                Topics.organisationSignals(ORGANISATION_A))).isInstanceOf(TopicAuthorizationException.class);
        // Refused at the topic or, for the idempotent producer, already at the cluster: either way nothing is written.
        assertThatThrownBy(() -> produce(a, Topics.organisationSignals(ORGANISATION_A), "forged answer"))
                .hasCauseInstanceOf(org.apache.kafka.common.errors.AuthorizationException.class);
    }

    @Test
    void organisationCannotJoinAnotherOrganisationsConsumerGroup() throws Exception {
        produce(COORDINATOR, Topics.handoversFor(ORGANISATION_A), "offer for A");
        String a = KafkaAccess.organisationPrincipal(ORGANISATION_A);
        String b = KafkaAccess.organisationPrincipal(ORGANISATION_B);

        assertThatThrownBy(() -> readOne(a, KafkaAccess.groupPrefix(b) + "inbox", Topics.handoversFor(ORGANISATION_A)))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void organisationCannotWriteEvenToItsOwnTopic() {
        assertThatThrownBy(() -> produce(KafkaAccess.organisationPrincipal(ORGANISATION_A),
                Topics.handoversFor(ORGANISATION_A), "forged offer"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void municipalityReadsOnlyItsOwnTopic() throws Exception {
        produce(SIGNALLING, Topics.municipality(LISSE), "collective signal for Lisse");
        produce(SIGNALLING, Topics.municipality(NOORDWIJK), "collective signal for Noordwijk");
        String lisse = KafkaAccess.municipalityPrincipal(LISSE);

        assertThat(readOne(lisse, KafkaAccess.groupPrefix(lisse) + "reports", Topics.municipality(LISSE)))
                .isEqualTo("collective signal for Lisse");
        assertThatThrownBy(() -> readOne(lisse, KafkaAccess.groupPrefix(lisse) + "snoop", Topics.municipality(NOORDWIJK)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> readOne(lisse, KafkaAccess.groupPrefix(lisse) + "snoop", Topics.handoversFor(ORGANISATION_A)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void servicesProduceToTheirOwnTopicsAndReadWhatTheyConsume() throws Exception {
        produce(NETWORK, Topics.NETWORK_SUPPORTERS, "supporter registered");
        produce(COORDINATOR, Topics.COORDINATOR_CASE_LIFECYCLE, "case opened");

        assertThat(readOne(SIGNALLING, "signalling-supporters", Topics.NETWORK_SUPPORTERS)).isEqualTo("supporter registered");
        assertThat(readOne(SIGNALLING, "signalling-case-lifecycle", Topics.COORDINATOR_CASE_LIFECYCLE)).isEqualTo("case opened");
    }

    @Test
    void serviceCannotWriteToAnotherServicesTopic() {
        assertThatThrownBy(() -> produce(NETWORK, Topics.COORDINATOR_CASE_LIFECYCLE, "forged case"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void wrongPasswordIsRefused() {
        Map<String, Object> wrong = new HashMap<>(broker.clientProperties(
                KafkaAccess.organisationPrincipal(ORGANISATION_A), "not-the-password"));
        try (var consumer = new KafkaConsumer<>(wrong, new StringDeserializer(), new StringDeserializer())) {
            assertThatThrownBy(() -> consumer.listTopics(Duration.ofSeconds(10)))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static String passwordOf(String user) {
        return user + "-secret";
    }

    private static void produce(String user, String topic, String value) throws ExecutionException, InterruptedException {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(user, passwordOf(user)));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    /** The first record of {@code topic}, read as {@code user}; an authorization failure is thrown as is. */
    private static String readOne(String user, String group, String topic) {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(user, passwordOf(user)));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    return record.value();
                }
            }
        }
        throw new AssertionError(user + " read nothing from " + topic + " within 20 s");
    }
}
