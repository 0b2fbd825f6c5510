package nl.samenspel.notification.reachability;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import nl.samenspel.notification.alert.DeliverySucceeded;
import nl.samenspel.notification.alert.PartyEventReceived;
import nl.samenspel.notification.integration.offer.OpenRequest;
import nl.samenspel.notification.integration.offer.OpenRequests;
import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.party.PartyKind;
import nl.samenspel.notification.webhook.Deliveries;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;

/**
 * Watches each HIGH-urgency offer queued for an organisation's webhook until the webhook takes it or the offer is
 * answered, withdrawn or expires; when neither happens within {@code unreachable-after}, the check reports the
 * organisation unreachable. Listens just before the transaction that caused it commits, so the watch is stored with
 * the offer or its delivery, or not at all.
 */
@Component
class UrgentOffers {

    private static final String HIGH = "HIGH";

    private final SchedulerClient scheduler;
    private final OneTimeTask<ReachabilityTasks.UrgentOffer> urgentOfferTask;
    private final OneTimeTask<ReachabilityTasks.ReachableAgain> reachableAgainTask;
    private final Deliveries deliveries;
    private final UnreachableOrganisations unreachable;
    private final ReachabilityProperties properties;
    private final Clock clock;

    // Lazy: the scheduler is built from every task bean, and is needed only once events arrive.
    UrgentOffers(@Lazy SchedulerClient scheduler, OneTimeTask<ReachabilityTasks.UrgentOffer> urgentOfferTask,
                 OneTimeTask<ReachabilityTasks.ReachableAgain> reachableAgainTask, Deliveries deliveries,
                 UnreachableOrganisations unreachable, ReachabilityProperties properties, Clock clock) {
        this.scheduler = scheduler;
        this.urgentOfferTask = urgentOfferTask;
        this.reachableAgainTask = reachableAgainTask;
        this.deliveries = deliveries;
        this.unreachable = unreachable;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PartyEventReceived received) {
        Party party = received.event().party();
        if (party.kind() != PartyKind.ORGANISATION) {
            return;
        }
        OpenRequests.of(received.event()).filter(request -> !request.handover()).ifPresent(offer -> {
            cancel(party, offer.caseReference());
            if (!offer.ended() && HIGH.equals(offer.urgency()) && deliveries.queued(party, received.event().eventId())) {
                watch(party, offer, received.event().eventId());
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DeliverySucceeded delivered) {
        if (delivered.party().kind() != PartyKind.ORGANISATION) {
            return;
        }
        if (delivered.subject() != null) {
            cancel(delivered.party(), delivered.subject());
        }
        String organisationId = delivered.party().id();
        if (unreachable.forget(organisationId)) {
            scheduler.schedule(reachableAgainTask.instance(organisationId + ":" + delivered.eventId(),
                    new ReachabilityTasks.ReachableAgain(organisationId, delivered.eventId(), delivered.at())),
                    clock.instant());
        }
    }

    /** Checks the offer when its time is up; one that arrives later than that (the service was down) at once. */
    private void watch(Party party, OpenRequest offer, String eventId) {
        Instant now = clock.instant();
        Instant since = offer.askedAt() == null ? now : offer.askedAt();
        Instant due = since.plus(properties.unreachableAfter());
        scheduler.schedule(urgentOfferTask.instance(id(party, offer.caseReference()),
                new ReachabilityTasks.UrgentOffer(party.id(), offer.caseReference(), eventId, since)),
                due.isAfter(now) ? due : now);
    }

    private void cancel(Party party, String caseReference) {
        TaskInstanceId id = TaskInstanceId.of(ReachabilityTasks.URGENT_OFFER, id(party, caseReference));
        if (scheduler.getScheduledExecution(id).isPresent()) {
            scheduler.cancel(id);
        }
    }

    private static String id(Party party, String caseReference) {
        return party.id() + ":" + caseReference;
    }
}
