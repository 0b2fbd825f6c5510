package nl.samenspel.notification;

/**
 * Properties every integration test uses, so they all share one application context: two contexts would run two
 * sets of Kafka consumers in the same groups and split the records between them.
 */
public final class SharedContext {

    /**
     * New party topics are found within a second; loopback receivers over plain http are allowed; the retry schedule
     * runs in a second (0 s, 300 ms, 300 ms, 300 ms) and a claimed delivery is taken over after 5 s; scheduled work (reminders, the mail outbox) is looked for four
     * times a second.
     */
    public static final String PROPERTIES = "samenspel.notification.topic-discovery=500\n"
            + "samenspel.notification.local-mode=true\n"
            + "samenspel.notification.delivery.retry-delays=0s,300ms,300ms,300ms\n"
            + "samenspel.notification.delivery.polling-interval=100ms\n"
            + "samenspel.notification.delivery.timeout=3s\n"
            + "samenspel.notification.delivery.lease=5s\n"
            + "samenspel.deadlines.polling-interval=250ms\n"
            + "samenspel.notification.email.send-interval=250ms";

    private SharedContext() {
    }
}
