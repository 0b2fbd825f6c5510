package nl.samenspel.events.notification;

import nl.samenspel.events.EventType;
import nl.samenspel.events.Topics;

import java.util.List;

/** Every fact the notification-service publishes, with its CloudEvents type and topic. */
public final class NotificationEvents {

    /** Key: organisation id. */
    public static final EventType<OrganisationUnreachable> ORGANISATION_UNREACHABLE = new EventType<>(
            "nl.samenspel.notification.organisation-unreachable.v1", OrganisationUnreachable.class,
            Topics.NOTIFICATION_REACHABILITY);
    /** Key: organisation id. */
    public static final EventType<OrganisationReachable> ORGANISATION_REACHABLE = new EventType<>(
            "nl.samenspel.notification.organisation-reachable.v1", OrganisationReachable.class,
            Topics.NOTIFICATION_REACHABILITY);

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of(ORGANISATION_UNREACHABLE, ORGANISATION_REACHABLE);

    private NotificationEvents() {
    }
}
