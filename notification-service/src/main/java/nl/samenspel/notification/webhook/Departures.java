package nl.samenspel.notification.webhook;

import nl.samenspel.notification.alert.SubscriptionDisabled;
import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.party.PartyKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Organisations that left the network: their subscriptions are disabled and their pending deliveries cancelled at
 * once, and they cannot subscribe again.
 */
@Component
public class Departures {

    static final String REASON = "The organisation has left the network.";

    private final JdbcTemplate jdbc;
    private final WebhookSubscriptions subscriptions;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher alerts;
    private final Clock clock;

    Departures(JdbcTemplate jdbc, WebhookSubscriptions subscriptions, Deliveries deliveries,
               ApplicationEventPublisher alerts, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** In the caller's transaction. */
    public void organisationLeft(String organisationId) {
        Party party = Party.organisation(organisationId);
        jdbc.update("insert into departed_organisation (organisation_id, departed_at) values (?, ?) on conflict do nothing",
                organisationId, Timestamp.from(clock.instant()));
        for (UUID disabled : subscriptions.disableAll(party, REASON)) {
            alerts.publishEvent(new SubscriptionDisabled(disabled, party,
                    subscriptions.find(disabled).map(WebhookSubscription::url).orElse(null), REASON));
        }
        deliveries.cancelPending(party);
    }

    boolean hasLeft(Party party) {
        return party.kind() == PartyKind.ORGANISATION && !jdbc.queryForList(
                "select 1 from departed_organisation where organisation_id = ?", Integer.class, party.id()).isEmpty();
    }
}
