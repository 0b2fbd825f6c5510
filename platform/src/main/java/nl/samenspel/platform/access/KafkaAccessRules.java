package nl.samenspel.platform.access;

import nl.samenspel.events.Topics;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Kafka ACLs of a Samenspel network, in one place. Principals authenticate with SASL/SCRAM-SHA-512:
 * <ul>
 *   <li>each service ({@code network-service}, ...) writes and creates the topics under its own prefix
 *       ({@code network.}), reads (and may create, so it can start first) the topics it consumes, and uses the
 *       consumer groups under its own prefix ({@code network-});</li>
 *   <li>an organisation ({@code org-<organisationId>}) reads only its own two topics, {@link Topics#handoversFor
 *       its handover topic} and {@link Topics#organisationSignals its signals' answers}, with consumer groups named
 *       {@code org-<organisationId>.<anything>};</li>
 *   <li>a municipality ({@code gm-<code>}, e.g. {@code gm-GM0553}) reads only {@link Topics#municipality its topic},
 *       with consumer groups named {@code gm-<code>.<anything>}.</li>
 * </ul>
 * Everything not granted here is refused (the broker runs {@code StandardAuthorizer} without
 * {@code allow.everyone.if.no.acl.found}). {@code platform/kafka/kafka-access.sh} applies the same rules in
 * {@code docker-compose.yml}; {@code KafkaAccessScriptTest} keeps the two equal.
 */
public final class KafkaAccessRules {

    /** What one service may do. */
    public record ServiceAccess(String principal, String ownTopicPrefix, String groupPrefix, List<String> consumedTopics) {
    }

    public static final List<ServiceAccess> SERVICES = List.of(
            new ServiceAccess("network-service", "network.", "network-",
                    List.of(Topics.COORDINATOR_CASELOAD)),
            new ServiceAccess("coordinator-service", "coordinator.", "coordinator-",
                    List.of(Topics.NETWORK_ORGANISATIONS, Topics.NETWORK_SUPPORTERS)),
            new ServiceAccess("signalling-service", "signalling.", "signalling-",
                    List.of(Topics.NETWORK_SUPPORTERS, Topics.NETWORK_COVERAGE, Topics.COORDINATOR_CASE_LIFECYCLE)));

    private KafkaAccessRules() {
    }

    /** The Kafka user name of an organisation. */
    public static String organisationPrincipal(String organisationId) {
        return "org-" + organisationId;
    }

    /** The Kafka user name of a municipality (CBS code, e.g. {@code GM0553}). */
    public static String municipalityPrincipal(String municipalityCode) {
        return "gm-" + municipalityCode;
    }

    /** Every ACL of a network with these organisations and municipalities. */
    public static List<AclBinding> all(Collection<String> organisationIds, Collection<String> municipalityCodes) {
        return Stream.of(services().stream(),
                        organisationIds.stream().flatMap(id -> organisation(id).stream()),
                        municipalityCodes.stream().flatMap(code -> municipality(code).stream()))
                .flatMap(s -> s)
                .toList();
    }

    /** The ACLs of the three services. */
    public static List<AclBinding> services() {
        List<AclBinding> acls = new ArrayList<>();
        for (ServiceAccess service : SERVICES) {
            for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.CREATE)) {
                acls.add(allow(service.principal(), ResourceType.TOPIC, service.ownTopicPrefix(), PatternType.PREFIXED, operation));
            }
            for (String topic : service.consumedTopics()) {
                // Create too: a service declares the topics it consumes, so it can start before their producer.
                for (AclOperation operation : List.of(AclOperation.READ, AclOperation.CREATE)) {
                    acls.add(allow(service.principal(), ResourceType.TOPIC, topic, PatternType.LITERAL, operation));
                }
            }
            acls.add(allow(service.principal(), ResourceType.GROUP, service.groupPrefix(), PatternType.PREFIXED, AclOperation.READ));
        }
        return acls;
    }

    /** An organisation reads its own handover topic and its own signals' answers, nothing else. */
    public static List<AclBinding> organisation(String organisationId) {
        return reader(organisationPrincipal(organisationId), Topics.handoversFor(organisationId),
                Topics.organisationSignals(organisationId));
    }

    /** A municipality reads its own topic, nothing else. */
    public static List<AclBinding> municipality(String municipalityCode) {
        return reader(municipalityPrincipal(municipalityCode), Topics.municipality(municipalityCode));
    }

    /** The consumer-group prefix of an outside reader: its own principal and a dot, so one cannot join another's. */
    public static String groupPrefix(String principal) {
        return principal + ".";
    }

    private static List<AclBinding> reader(String principal, String... topics) {
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : topics) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
        }
        acls.add(allow(principal, ResourceType.GROUP, groupPrefix(principal), PatternType.PREFIXED, AclOperation.READ));
        return List.copyOf(acls);
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
}
