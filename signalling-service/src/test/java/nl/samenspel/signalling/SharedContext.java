package nl.samenspel.signalling;

/**
 * Properties every integration test uses, so they all share one application context: two contexts would run two
 * sets of Kafka consumers in the same groups and split the records between them.
 */
public final class SharedContext {

    /** Acknowledgement deadlines of seconds, so an overdue collective signal can be seen in a test. */
    public static final String PROPERTIES = "signalling.collective-signals.acknowledge-within=PT4S";

    private SharedContext() {
    }
}
