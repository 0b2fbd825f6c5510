package nl.samenspel.notification.reachability;

import nl.samenspel.notification.integration.reachability.ReachabilityFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/** The organisations reported unreachable and not yet reported reachable again. */
@Component
class UnreachableOrganisations {

    private final JdbcTemplate jdbc;
    private final ReachabilityFacts facts;
    private final Clock clock;

    UnreachableOrganisations(JdbcTemplate jdbc, ReachabilityFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * Reports the organisation unreachable for this offer, then remembers it: a crash in between reports it again
     * under the same CloudEvents id, which its readers take once.
     */
    void report(ReachabilityTasks.UrgentOffer offer) {
        facts.unreachable(offer.organisationId(), offer.caseReference(), offer.since(), offer.eventId());
        jdbc.update("""
                insert into unreachable_organisation (organisation_id, since, reported_at) values (?, ?, ?)
                on conflict (organisation_id) do nothing""", offer.organisationId(), Timestamp.from(offer.since()),
                Timestamp.from(clock.instant()));
    }

    /** Forgets an unreachable organisation; {@code true} if it was one (in the caller's transaction). */
    boolean forget(String organisationId) {
        return jdbc.update("delete from unreachable_organisation where organisation_id = ?", organisationId) == 1;
    }
}
