package nl.samenspel.notification.reachability;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import nl.samenspel.notification.integration.reachability.ReachabilityFacts;
import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.webhook.Deliveries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The two one-time tasks of the kit's db-scheduler behind the reachability facts, stored in the transaction that
 * caused them, so they survive a restart and run on one instance: the check of an urgent offer when its time is up,
 * and the report that an unreachable organisation took a delivery again.
 */
@Configuration(proxyBeanMethods = false)
class ReachabilityTasks {

    static final String URGENT_OFFER = "reachability-urgent-offer";
    static final String REACHABLE_AGAIN = "reachability-reachable-again";

    /** A HIGH-urgency offer (event {@code eventId}) made {@code since}, waiting for the organisation's webhook. */
    record UrgentOffer(String organisationId, String caseReference, String eventId, Instant since) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The organisation's webhook took event {@code eventId} at {@code at}. */
    record ReachableAgain(String organisationId, String eventId, Instant at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Bean
    OneTimeTask<UrgentOffer> urgentOfferTask(ObjectProvider<Deliveries> deliveries,
                                             ObjectProvider<UnreachableOrganisations> unreachable) {
        return Tasks.oneTime(URGENT_OFFER, UrgentOffer.class).execute((instance, context) -> {
            UrgentOffer offer = instance.getData();
            // Taken in the moment before this ran: its success has not cancelled this task yet.
            if (!deliveries.getObject().delivered(Party.organisation(offer.organisationId()), offer.eventId())) {
                unreachable.getObject().report(offer);
            }
        });
    }

    @Bean
    OneTimeTask<ReachableAgain> reachableAgainTask(ObjectProvider<ReachabilityFacts> facts) {
        return Tasks.oneTime(REACHABLE_AGAIN, ReachableAgain.class).execute((instance, context) -> {
            ReachableAgain again = instance.getData();
            facts.getObject().reachable(again.organisationId(), again.at(), again.eventId());
        });
    }
}
