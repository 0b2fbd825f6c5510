package nl.samenspel.events;

/**
 * Topic names and sources. Topics are named {@code <service>.<stream>.v<version>}; a topic addressed to one
 * recipient carries that recipient in its name so that Kafka ACLs can grant each recipient only its own topic.
 */
public final class Topics {

    /** Organisations joining, being suspended, reinstated or leaving; key: organisation id. */
    public static final String NETWORK_ORGANISATIONS = "network.organisations.v1";
    /** Supporters registered, changed, unavailable, lapsed or deactivated; key: supporter id. */
    public static final String NETWORK_SUPPORTERS = "network.supporters.v1";
    /** Gaps in the offer opening and closing; key: municipality code. */
    public static final String NETWORK_COVERAGE = "network.coverage.v1";
    /** Anonymised lifecycle facts of cases for monitoring; key: case reference. */
    public static final String COORDINATOR_CASE_LIFECYCLE = "coordinator.case-lifecycle.v1";
    /** Open-case counts per organisation and supporter; key: organisation id. */
    public static final String COORDINATOR_CASELOAD = "coordinator.caseload.v1";
    /** Organisations whose webhook did not take an urgent offer in time, and again did; key: organisation id. */
    public static final String NOTIFICATION_REACHABILITY = "notification.organisation-reachability.v1";
    /** Answers of municipalities going back to the network; key: collective signal id. */
    public static final String SIGNALLING_FEEDBACK = "signalling.feedback.v1";

    /** The start of every organisation's handover topic ({@link #handoversFor}). */
    public static final String HANDOVERS_PREFIX = "coordinator.handovers.";
    /** The start of every municipality's topic ({@link #municipality}). */
    public static final String MUNICIPALITY_PREFIX = "signalling.municipality.";
    /** The end of every topic of contract version 1. */
    public static final String V1 = ".v1";

    private Topics() {
    }

    /** The topic of offers and handovers addressed to one organisation; key: case reference. */
    public static String handoversFor(String organisationId) {
        return HANDOVERS_PREFIX + organisationId + V1;
    }

    /** The topic of collective signals and reports for one municipality (CBS code, e.g. GM0534); key: subject. */
    public static String municipality(String municipalityCode) {
        return MUNICIPALITY_PREFIX + municipalityCode + V1;
    }

    /**
     * The topic of what became of one organisation's own signals (the municipality's answer); key: signal id. It
     * carries the organisation in its name, as its handover topic does, so its Kafka login may read it and no other
     * organisation's.
     */
    public static String organisationSignals(String organisationId) {
        return "signalling.organisation." + organisationId + ".v1";
    }

    /** The CloudEvents {@code source} of a producing service, e.g. {@code /samenspel/network-service}. */
    public static String sourceOf(String serviceName) {
        return "/samenspel/" + serviceName;
    }
}
