package nl.samenspel.platform.access;

import nl.samenspel.events.KafkaAccess;
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
 * The Kafka ACLs of a Samenspel network, in one place: {@link KafkaAccess}'s rules (who reads which topics) as the
 * broker's ACL bindings. Everything not granted here is refused (the broker runs {@code StandardAuthorizer} without
 * {@code allow.everyone.if.no.acl.found}). {@code platform/kafka/kafka-access.sh} applies the same rules in
 * {@code docker-compose.yml}; {@code KafkaAccessScriptTest} keeps the two equal.
 */
public final class KafkaAccessRules {

    private KafkaAccessRules() {
    }

    /** Every ACL of a network with these organisations and municipalities. */
    public static List<AclBinding> all(Collection<String> organisationIds, Collection<String> municipalityCodes) {
        return Stream.of(services().stream(),
                        organisationIds.stream().flatMap(id -> organisation(id).stream()),
                        municipalityCodes.stream().flatMap(code -> municipality(code).stream()))
                .flatMap(s -> s)
                .toList();
    }

    /** The ACLs of the services. */
    public static List<AclBinding> services() {
        List<AclBinding> acls = new ArrayList<>();
        for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
            for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.CREATE)) {
                acls.add(allow(service.principal(), ResourceType.TOPIC, service.ownTopicPrefix(), PatternType.PREFIXED, operation));
            }
            for (String topic : service.consumedTopics()) {
                // Create too: a service declares the topics it consumes, so it can start before their producer.
                for (AclOperation operation : List.of(AclOperation.READ, AclOperation.CREATE)) {
                    acls.add(allow(service.principal(), ResourceType.TOPIC, topic, PatternType.LITERAL, operation));
                }
            }
            for (String prefix : service.consumedTopicPrefixes()) {
                acls.add(allow(service.principal(), ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.READ));
            }
            acls.add(allow(service.principal(), ResourceType.GROUP, service.groupPrefix(), PatternType.PREFIXED, AclOperation.READ));
        }
        return acls;
    }

    /** An organisation reads its own handover topic and its own signals' answers, nothing else. */
    public static List<AclBinding> organisation(String organisationId) {
        return reader(KafkaAccess.organisationPrincipal(organisationId), KafkaAccess.organisationTopics(organisationId));
    }

    /** A municipality reads its own topic, nothing else. */
    public static List<AclBinding> municipality(String municipalityCode) {
        return reader(KafkaAccess.municipalityPrincipal(municipalityCode), KafkaAccess.municipalityTopics(municipalityCode));
    }

    private static List<AclBinding> reader(String principal, List<String> topics) {
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : topics) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
        }
        acls.add(allow(principal, ResourceType.GROUP, KafkaAccess.groupPrefix(principal), PatternType.PREFIXED, AclOperation.READ));
        return List.copyOf(acls);
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
}
