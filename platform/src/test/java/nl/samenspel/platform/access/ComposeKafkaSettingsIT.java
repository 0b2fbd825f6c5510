package nl.samenspel.platform.access;

import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.Topics;
import nl.samenspel.kit.kafka.KafkaHealthIndicator;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.local.test.Await;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.signalling.SignallingApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three services, configured with the Kafka settings {@code docker-compose.yml} gives them (its
 * {@code SPRING_KAFKA_PROPERTIES_*} environment variables and default passwords, bound as environment variables),
 * against a broker that requires SCRAM and grants only the ACLs of {@link KafkaAccessRules}: they start, create
 * their topics, publish and consume.
 */
class ComposeKafkaSettingsIT {

    private static final Map<Class<?>, String> SERVICES = Map.of(
            NetworkApplication.class, "network-service",
            CoordinatorApplication.class, "coordinator-service",
            SignallingApplication.class, "signalling-service");
    /** The first organisation the network-service seeds (DemoRegionSeeder). */
    private static final String DEMO_ORGANISATION =
            UUID.nameUUIDFromBytes("samenspel-demo/organisation/90000001".getBytes(StandardCharsets.UTF_8)).toString();
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");

    private static LocalPostgres postgres;
    private static LocalKafkaBroker broker;
    private static final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startServicesAgainstAScramBroker() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("../docker-compose.yml")));
        broker = LocalKafkaBroker.createWithScram(0, null, "admin-secret").start();
        try (Admin admin = Admin.create(broker.adminProperties())) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (String service : SERVICES.values()) {
                String variable = "SAMENSPEL_KAFKA_" + service.replace("-service", "").toUpperCase() + "_PASSWORD";
                users.add(new UserScramCredentialUpsertion(service, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
                        withDefaults(section(compose, "x-kafka-passwords").get(variable))));
            }
            admin.alterUserScramCredentials(users).all().get();
            admin.createAcls(KafkaAccessRules.services()).all().get();
        }
        postgres = LocalPostgres.start(0, null);
        for (var service : List.of(NetworkApplication.class, CoordinatorApplication.class, SignallingApplication.class)) {
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            kafkaEnvironment(compose, SERVICES.get(service))));
            contexts.add(new SpringApplicationBuilder(service).environment(environment).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + postgres.jdbcUrl(),
                    "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                    "--samenspel.network.seed-demo-region=true"));
        }
    }

    @AfterAll
    static void stopEverything() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyServiceSeesKafkaAsHealthy() {
        for (ConfigurableApplicationContext context : contexts) {
            assertThat(context.getBean(KafkaHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void coordinatorConsumesTheNetworkAndCreatesEachOrganisationsHandoverTopic() throws Exception {
        try (Admin admin = Admin.create(broker.adminProperties())) {
            Await.until(Duration.ofSeconds(60), "the demo organisation's handover topic",
                    () -> topics(admin).contains(Topics.handoversFor(DEMO_ORGANISATION)));
        }
    }

    @Test
    void signallingConsumesTheSupportersInItsOwnGroup() throws Exception {
        try (Admin admin = Admin.create(broker.adminProperties())) {
            Await.until(Duration.ofSeconds(60), "signalling-supporters committed offsets on " + Topics.NETWORK_SUPPORTERS,
                    () -> committed(admin, "signalling-supporters") > 0);
        }
    }

    /**
     * The compose service's {@code SPRING_KAFKA_PROPERTIES_*} variables, defaults filled in, as a service sees them: those
     * of its instances {@code <service>-1}, {@code <service>-2}, which must be the same.
     */
    private static Map<String, Object> kafkaEnvironment(Map<String, Object> compose, String service) {
        List<Map<String, Object>> instances = new ArrayList<>();
        for (String instance : List.of(service + "-1", service + "-2")) {
            Map<String, Object> environment = new HashMap<>();
            section(section(section(compose, "services"), instance), "environment").forEach((name, value) -> {
                if (name.startsWith("SPRING_KAFKA_PROPERTIES_")) {
                    environment.put(name, withDefaults(value));
                }
            });
            instances.add(environment);
        }
        assertThat(instances.get(0)).as(service + "'s Kafka settings in docker-compose.yml")
                .containsKeys("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM",
                        "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")
                .isEqualTo(instances.get(1));
        return instances.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> yaml, String key) {
        return (Map<String, Object>) yaml.get(key);
    }

    private static String withDefaults(Object value) {
        Matcher matcher = DEFAULTED.matcher(String.valueOf(value));
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    }

    private static Set<String> topics(Admin admin) {
        try {
            return admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long committed(Admin admin, String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
