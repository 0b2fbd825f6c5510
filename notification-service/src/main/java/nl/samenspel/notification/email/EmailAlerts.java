package nl.samenspel.notification.email;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import nl.samenspel.notification.alert.DeliveryFailed;
import nl.samenspel.notification.alert.PartyEventReceived;
import nl.samenspel.notification.alert.SubscriptionDisabled;
import nl.samenspel.notification.alert.SubscriptionFailing;
import nl.samenspel.notification.integration.offer.OpenRequests;
import nl.samenspel.notification.party.Party;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.util.UUID;

/**
 * Turns what the service learns into alert mails for the party's verified address. It listens just before the
 * transaction that caused an alert commits, so the mail (in the outbox) and the reminder are stored with it or not at
 * all.
 */
@Component
class EmailAlerts {

    private final AlertContacts contacts;
    private final AlertMails mails;
    private final AlertMailTexts texts;
    private final SchedulerClient scheduler;
    private final OneTimeTask<HalfwayReminders.Reminder> reminderTask;
    private final EmailAlertProperties properties;
    private final Clock clock;

    // Lazy: the scheduler is built from every task bean, and is needed only once events arrive.
    EmailAlerts(AlertContacts contacts, AlertMails mails, AlertMailTexts texts, @Lazy SchedulerClient scheduler,
                OneTimeTask<HalfwayReminders.Reminder> reminderTask, EmailAlertProperties properties, Clock clock) {
        this.contacts = contacts;
        this.mails = mails;
        this.texts = texts;
        this.scheduler = scheduler;
        this.reminderTask = reminderTask;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PartyEventReceived received) {
        Party party = received.event().party();
        OpenRequests.of(received.event()).ifPresent(request -> {
            if (request.ended()) {
                HalfwayReminders.cancel(scheduler, party, request.caseReference(), request.handover());
                return;
            }
            mail(party, request.handover() ? AlertMailKind.NEW_HANDOVER : AlertMailKind.NEW_OFFER,
                    received.event().eventId(), request.handover()
                            ? texts.newHandover(request.urgency(), request.deadline())
                            : texts.newOffer(request.urgency(), request.deadline()));
            HalfwayReminders.schedule(scheduler, reminderTask, party, request.caseReference(), request.handover(),
                    request.askedAt(), request.deadline(), clock.instant());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SubscriptionFailing failing) {
        failing(failing.party(), failing.subscriptionId(), failing.error());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DeliveryFailed failed) {
        failing(failed.party(), failed.subscriptionId(), failed.error());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SubscriptionDisabled disabled) {
        mail(disabled.party(), AlertMailKind.WEBHOOK_DISABLED, disabled.subscriptionId().toString(),
                texts.webhookDisabled(disabled.subscriptionId().toString(), disabled.reason()));
    }

    /** At most one "failing" mail per subscription per interval, however many deliveries fail. */
    private void failing(Party party, UUID subscriptionId, String error) {
        String about = subscriptionId.toString();
        if (!mails.queuedWithin(party, AlertMailKind.WEBHOOK_FAILING, about, properties.failingInterval())) {
            mail(party, AlertMailKind.WEBHOOK_FAILING, about, texts.webhookFailing(about, error));
        }
    }

    private void mail(Party party, AlertMailKind kind, String about, AlertMailText text) {
        contacts.verifiedAddress(party).ifPresent(address -> mails.enqueue(party, kind, about, address, text));
    }
}
