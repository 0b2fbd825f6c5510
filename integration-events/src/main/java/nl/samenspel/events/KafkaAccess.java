package nl.samenspel.events;

import java.util.List;

/**
 * Who may read which topics of a Samenspel network's Kafka, as names only (no Kafka client types), so that a service
 * can show what the rules grant. Principals authenticate with SASL/SCRAM-SHA-512:
 * <ul>
 *   <li>each service ({@code network-service}, ...) writes and creates the topics under its own prefix
 *       ({@code network.}), reads the topics it consumes, and uses the consumer groups under its own prefix
 *       ({@code network-});</li>
 *   <li>an organisation ({@code org-<organisationId>}) reads only its own two topics, {@link Topics#handoversFor its
 *       handover topic} and {@link Topics#organisationSignals its signals' answers};</li>
 *   <li>a municipality ({@code gm-<code>}, e.g. {@code gm-GM0553}) reads only {@link Topics#municipality its topic}.</li>
 * </ul>
 * An outside reader's consumer groups are named {@code <principal>.<anything>}. The platform turns these rules into
 * ACLs ({@code KafkaAccessRules}); {@code platform/kafka/kafka-access.sh} applies the same.
 */
public final class KafkaAccess {

    /**
     * What one service may do.
     *
     * @param consumedTopicPrefixes topics it reads by prefix, such as every organisation's handover topic
     */
    public record ServiceAccess(String principal, String ownTopicPrefix, String groupPrefix, List<String> consumedTopics,
                                List<String> consumedTopicPrefixes) {

        /** A service that reads named topics only. */
        public ServiceAccess(String principal, String ownTopicPrefix, String groupPrefix, List<String> consumedTopics) {
            this(principal, ownTopicPrefix, groupPrefix, consumedTopics, List.of());
        }
    }


    public static final List<ServiceAccess> SERVICES = List.of(
            new ServiceAccess("network-service", "network.", "network-",
                    List.of(Topics.COORDINATOR_CASELOAD)),
            new ServiceAccess("coordinator-service", "coordinator.", "coordinator-",
                    List.of(Topics.NETWORK_ORGANISATIONS, Topics.NETWORK_SUPPORTERS, Topics.NOTIFICATION_REACHABILITY)),
            new ServiceAccess("signalling-service", "signalling.", "signalling-",
                    List.of(Topics.NETWORK_SUPPORTERS, Topics.NETWORK_COVERAGE, Topics.COORDINATOR_CASE_LIFECYCLE)),
            // Brings each organisation's and municipality's own events to its webhooks and feed; learns of
            // organisations leaving the network to stop theirs.
            new ServiceAccess("notification-service", "notification.", "notification-",
                    List.of(Topics.NETWORK_ORGANISATIONS), List.of(Topics.HANDOVERS_PREFIX, Topics.MUNICIPALITY_PREFIX)));

    private KafkaAccess() {
    }

    /** The Kafka user name of an organisation. */
    public static String organisationPrincipal(String organisationId) {
        return "org-" + organisationId;
    }

    /** The Kafka user name of a municipality (CBS code, e.g. {@code GM0553}). */
    public static String municipalityPrincipal(String municipalityCode) {
        return "gm-" + municipalityCode;
    }

    /** The topics an organisation may read: its own handover topic and its own signals' answers, nothing else. */
    public static List<String> organisationTopics(String organisationId) {
        return List.of(Topics.handoversFor(organisationId), Topics.organisationSignals(organisationId));
    }

    /** The topic a municipality may read: its own, nothing else. */
    public static List<String> municipalityTopics(String municipalityCode) {
        return List.of(Topics.municipality(municipalityCode));
    }

    /** The consumer-group prefix of an outside reader: its own principal and a dot, so one cannot join another's. */
    public static String groupPrefix(String principal) {
        return principal + ".";
    }
}
