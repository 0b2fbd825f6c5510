package nl.samenspel.notification.email;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.party.PartyKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A reminder halfway between an offer (or handover request) and its deadline, for as long as it is unanswered: a
 * one-time task of the kit's db-scheduler, stored in the same transaction as the event that started it, so it
 * survives a restart and runs on one instance. An answer, withdrawal or expiry cancels it.
 */
@Configuration(proxyBeanMethods = false)
class HalfwayReminders {

    static final String TASK = "alert-halfway-reminder";

    /** What the reminder needs when it runs (stored with the task, so nothing is looked up again). */
    record Reminder(PartyKind partyKind, String partyId, boolean handover, Instant deadline) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Bean
    OneTimeTask<Reminder> halfwayReminderTask(ObjectProvider<AlertContacts> contacts, ObjectProvider<AlertMails> mails,
                                              ObjectProvider<AlertMailTexts> texts, ObjectProvider<Clock> clock) {
        return Tasks.oneTime(TASK, Reminder.class).execute((instance, context) -> {
            Reminder reminder = instance.getData();
            Party party = new Party(reminder.partyKind(), reminder.partyId());
            if (!reminder.deadline().isAfter(clock.getObject().instant())) {
                return;
            }
            contacts.getObject().verifiedAddress(party).ifPresent(address -> mails.getObject().enqueue(party,
                    AlertMailKind.UNANSWERED_HALFWAY, instance.getId(), address,
                    texts.getObject().unansweredHalfway(reminder.handover(), reminder.deadline())));
        });
    }

    /**
     * Schedules the reminder of one offer or handover request, replacing an earlier one for the same case. One that
     * arrives past its halfway (the service was down) gets none: its "new" mail goes out at the same moment.
     */
    static void schedule(SchedulerClient scheduler, OneTimeTask<Reminder> task, Party party, String caseReference,
                         boolean handover, Instant offeredAt, Instant deadline, Instant now) {
        cancel(scheduler, party, caseReference, handover);
        if (offeredAt == null || deadline == null) {
            return;
        }
        Instant halfway = offeredAt.plus(Duration.between(offeredAt, deadline).dividedBy(2));
        if (!halfway.isAfter(now)) {
            return;
        }
        scheduler.schedule(task.instance(id(party, caseReference, handover),
                new Reminder(party.kind(), party.id(), handover, deadline)), halfway);
    }

    static void cancel(SchedulerClient scheduler, Party party, String caseReference, boolean handover) {
        TaskInstanceId id = TaskInstanceId.of(TASK, id(party, caseReference, handover));
        if (scheduler.getScheduledExecution(id).isPresent()) {
            scheduler.cancel(id);
        }
    }

    private static String id(Party party, String caseReference, boolean handover) {
        return (handover ? "handover:" : "offer:") + party.kind() + ":" + party.id() + ":" + caseReference;
    }
}
