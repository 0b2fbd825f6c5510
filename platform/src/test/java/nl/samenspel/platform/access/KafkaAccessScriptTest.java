package nl.samenspel.platform.access;

import kafka.admin.PatternTypeConverter;
import nl.samenspel.events.KafkaAccess;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.SecurityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} creates Kafka users and ACLs with {@code platform/kafka/kafka-access.sh}; it must grant
 * exactly {@link KafkaAccessRules}. The script runs against stand-ins for {@code kafka-acls.sh} and
 * {@code kafka-configs.sh} that record their arguments, which are read back as ACL bindings.
 */
class KafkaAccessScriptTest {

    private static final Path SCRIPT = Path.of("kafka/kafka-access.sh").toAbsolutePath();

    @TempDir
    Path bin;

    @Test
    void initGrantsExactlyTheRulesOfTheServicesOrganisationsAndMunicipalities() throws Exception {
        Recorded recorded = run(Map.of("DEMO_ORGANISATIONS", "org-one org-two", "DEMO_MUNICIPALITIES", "GM0553"), "init");

        assertThat(recorded.acls()).containsExactlyInAnyOrderElementsOf(
                KafkaAccessRules.all(List.of("org-one", "org-two"), List.of("GM0553")));
        assertThat(recorded.users()).containsExactlyInAnyOrder("network-service", "coordinator-service",
                "signalling-service", "notification-service", "org-org-one", "org-org-two", "gm-GM0553");
    }

    @Test
    void addingAnOrganisationGrantsItsOwnHandoverAndSignalAnswerTopicsOnly() throws Exception {
        Recorded recorded = run(Map.of(), "organisation", "4f1c", "its-password");

        assertThat(recorded.acls()).containsExactlyInAnyOrderElementsOf(KafkaAccessRules.organisation("4f1c"));
        assertThat(recorded.acls()).filteredOn(acl -> acl.pattern().resourceType() == ResourceType.TOPIC)
                .extracting(acl -> acl.pattern().name())
                .containsExactlyInAnyOrder("coordinator.handovers.4f1c.v1", "signalling.organisation.4f1c.v1");
        assertThat(recorded.users()).containsExactly(KafkaAccess.organisationPrincipal("4f1c"));
    }

    @Test
    void addingAMunicipalityGrantsItsOwnTopicOnly() throws Exception {
        Recorded recorded = run(Map.of(), "municipality", "GM0575", "its-password");

        assertThat(recorded.acls()).containsExactlyInAnyOrderElementsOf(KafkaAccessRules.municipality("GM0575"));
        assertThat(recorded.users()).containsExactly(KafkaAccess.municipalityPrincipal("GM0575"));
    }

    @Test
    void revokingAnOrganisationTakesBackExactlyWhatAddingItGrantedAndDeletesItsCredential() throws Exception {
        Recorded recorded = run(Map.of(), "revoke-organisation", "4f1c");

        assertThat(recorded.removedAcls()).containsExactlyInAnyOrderElementsOf(KafkaAccessRules.organisation("4f1c"));
        assertThat(recorded.forgottenUsers()).containsExactly(KafkaAccess.organisationPrincipal("4f1c"));
        assertThat(recorded.acls()).isEmpty();
        assertThat(recorded.users()).isEmpty();
    }

    @Test
    void revokingAMunicipalityTakesBackExactlyWhatAddingItGranted() throws Exception {
        Recorded recorded = run(Map.of(), "revoke-municipality", "GM0575");

        assertThat(recorded.removedAcls()).containsExactlyInAnyOrderElementsOf(KafkaAccessRules.municipality("GM0575"));
        assertThat(recorded.forgottenUsers()).containsExactly(KafkaAccess.municipalityPrincipal("GM0575"));
    }

    @Test
    void initCreatesAUserForEverySeededDemoOrganisationAndMunicipality() throws Exception {
        // The network-service's DemoRegionSeeder names its organisations this way (KvK numbers 90000001..8).
        Stream<String> organisations = IntStream.rangeClosed(1, 8).mapToObj(i -> KafkaAccess.organisationPrincipal(
                UUID.nameUUIDFromBytes(("samenspel-demo/organisation/9000000" + i).getBytes(StandardCharsets.UTF_8)).toString()));
        Stream<String> municipalities = Stream.of("GM1525", "GM0553", "GM0534", "GM0575").map(KafkaAccess::municipalityPrincipal);

        assertThat(run(Map.of(), "init").users()).containsAll(Stream.concat(organisations, municipalities).toList());
    }

    /** What the script asked the tools to do: ACLs added and removed, credentials set and deleted. */
    private record Recorded(Set<AclBinding> acls, List<String> users, Set<AclBinding> removedAcls,
                            List<String> forgottenUsers) {
    }

    private Recorded run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path log = bin.resolve("calls");
        for (String tool : List.of("kafka-acls.sh", "kafka-configs.sh")) {
            Path stub = bin.resolve(tool);
            // One line per call: the tool, then its arguments separated by tabs.
            Files.writeString(stub, "#!/bin/bash\n(IFS=$'\\t'; echo \"" + tool + "\t$*\") >> \"" + log + "\"\n");
            stub.toFile().setExecutable(true);
        }
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().putAll(Map.of("SAMENSPEL_KAFKA_BIN", bin.toString(), "SAMENSPEL_KAFKA_ADMIN_PASSWORD", "a",
                "SAMENSPEL_KAFKA_NETWORK_PASSWORD", "n", "SAMENSPEL_KAFKA_COORDINATOR_PASSWORD", "c",
                "SAMENSPEL_KAFKA_SIGNALLING_PASSWORD", "s", "SAMENSPEL_KAFKA_NOTIFICATION_PASSWORD", "o",
                "SAMENSPEL_KAFKA_DEMO_PASSWORD", "d"));
        process.environment().putAll(environment);
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor()).as("kafka-access.sh exit code; output: " + output).isZero();

        Recorded recorded = new Recorded(new HashSet<>(), new ArrayList<>(), new HashSet<>(), new ArrayList<>());
        for (String line : Files.readAllLines(log)) {
            List<String> call = List.of(line.split("\t"));
            if (call.get(0).equals("kafka-configs.sh")) {
                boolean deleted = call.contains("--delete-config");
                assertThat(call).as("sets or deletes a credential").contains(deleted ? "--delete-config" : "--add-config");
                (deleted ? recorded.forgottenUsers() : recorded.users()).add(valueOf(call, "--entity-name"));
            } else if (call.contains("--remove")) {
                // Without --force the real tool stops to ask for a confirmation nobody gives.
                assertThat(call).contains("--force");
                recorded.removedAcls().addAll(bindings(call));
            } else {
                assertThat(call).contains("--add");
                recorded.acls().addAll(bindings(call));
            }
        }
        return recorded;
    }

    /**
     * The bindings one {@code kafka-acls.sh --add} or {@code --remove} call names (parsed as the tool does), for the
     * options the script uses.
     */
    private static List<AclBinding> bindings(List<String> call) {
        ResourcePattern resource = new ResourcePattern(
                call.contains("--topic") ? ResourceType.TOPIC : ResourceType.GROUP,
                valueOf(call, call.contains("--topic") ? "--topic" : "--group"),
                call.contains("--resource-pattern-type")
                        ? new PatternTypeConverter().convert(valueOf(call, "--resource-pattern-type")) : PatternType.LITERAL);
        List<AclBinding> bindings = new ArrayList<>();
        for (int i = 0; i < call.size() - 1; i++) {
            if (call.get(i).equals("--operation")) {
                bindings.add(new AclBinding(resource, new AccessControlEntry(valueOf(call, "--allow-principal"), "*",
                        SecurityUtils.operation(call.get(i + 1)), AclPermissionType.ALLOW)));
            }
        }
        return bindings;
    }

    private static String valueOf(List<String> call, String option) {
        return call.get(call.indexOf(option) + 1);
    }
}
