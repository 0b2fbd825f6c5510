package nl.samenspel.platform.access;

import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.KafkaAccess;
import nl.samenspel.events.Topics;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ACLs follow the code: every service may consume what its listeners read and publish what it produces. */
class KafkaAccessRulesTest {

    private static final List<AclBinding> SERVICE_ACLS = KafkaAccessRules.services();

    @Test
    void everyListenerMayReadItsTopicsInItsConsumerGroup() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        int listeners = 0;
        for (String service : List.of("network", "coordinator", "signalling")) {
            for (var candidate : scanner.findCandidateComponents("nl.samenspel." + service)) {
                for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                    KafkaListener listener = AnnotatedElementUtils.findMergedAnnotation(method, KafkaListener.class);
                    if (listener == null) {
                        continue;
                    }
                    listeners++;
                    String principal = service + "-service";
                    for (String topic : listener.topics()) {
                        assertThat(allows(principal, ResourceType.TOPIC, topic, AclOperation.READ))
                                .as(principal + " reads " + topic).isTrue();
                    }
                    // As deployed: the group prefix is empty unless a second deployment on the same cluster sets one.
                    String group = listener.groupId().replace(IntegrationEventConsumer.GROUP_PREFIX, "");
                    assertThat(allows(principal, ResourceType.GROUP, group, AclOperation.READ))
                            .as(principal + " uses group " + group).isTrue();
                }
            }
        }
        assertThat(listeners).as("listeners found").isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyServiceMayWriteTheTopicsOfTheEventsItPublishes() {
        for (EventType<?> type : IntegrationEvents.ALL) {
            String principal = type.type().split("\\.")[2] + "-service";
            assertThat(allows(principal, ResourceType.TOPIC, type.topic(), AclOperation.WRITE))
                    .as(principal + " writes " + type.topic()).isTrue();
        }
    }

    @Test
    void noServiceMayWriteAnotherServicesTopics() {
        for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
            for (KafkaAccess.ServiceAccess other : KafkaAccess.SERVICES) {
                if (other != service) {
                    assertThat(allows(service.principal(), ResourceType.TOPIC, other.ownTopicPrefix() + "anything.v1", AclOperation.WRITE))
                            .as(service.principal() + " writes " + other.principal() + "'s topics").isFalse();
                }
            }
        }
    }

    @Test
    void anOrganisationReadsTheAnswersToItsOwnSignalsButNotAnotherOrganisations() {
        List<AclBinding> acls = KafkaAccessRules.all(List.of("org-a", "org-b"), List.of("GM0553"));
        String a = KafkaAccess.organisationPrincipal("org-a");
        String answers = Topics.organisationSignals("org-a");

        assertThat(allows(acls, a, ResourceType.TOPIC, answers, AclOperation.READ)).isTrue();
        assertThat(allows(acls, a, ResourceType.TOPIC, Topics.organisationSignals("org-b"), AclOperation.READ)).isFalse();
        assertThat(allows(acls, a, ResourceType.TOPIC, answers, AclOperation.WRITE)).isFalse();
        assertThat(allows(acls, KafkaAccess.municipalityPrincipal("GM0553"), ResourceType.TOPIC, answers,
                AclOperation.READ)).as("a municipality never reads an organisation's topic").isFalse();
        assertThat(allows(acls, "signalling-service", ResourceType.TOPIC, answers, AclOperation.WRITE)).isTrue();
        assertThat(allows(acls, "signalling-service", ResourceType.TOPIC, answers, AclOperation.CREATE))
                .as("the signalling-service creates it with the first answer").isTrue();
    }

    private static boolean allows(String principal, ResourceType type, String name, AclOperation operation) {
        return allows(SERVICE_ACLS, principal, type, name, operation);
    }

    /** Whether an ALLOW binding grants the operation, matching literal and prefixed patterns as Kafka does. */
    private static boolean allows(List<AclBinding> acls, String principal, ResourceType type, String name,
                                  AclOperation operation) {
        return acls.stream().anyMatch(acl -> acl.entry().principal().equals("User:" + principal)
                && acl.entry().operation() == operation
                && acl.pattern().resourceType() == type
                && (acl.pattern().patternType() == PatternType.PREFIXED
                ? name.startsWith(acl.pattern().name()) : name.equals(acl.pattern().name())));
    }
}
