package nl.samenspel.coordinator.queue;

import nl.samenspel.coordinator.cases.CaseView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import nl.samenspel.kit.security.Access;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The coordinator's work queue over HTTP: for the network coordinator only (it spans every organisation's cases). */
@RestController
public class WorkQueueController {

    private final QueryGateway queries;
    private final UnreachableOrganisations unreachable;
    private final Clock clock;

    public WorkQueueController(QueryGateway queries, UnreachableOrganisations unreachable, Clock clock) {
        this.queries = queries;
        this.unreachable = unreachable;
        this.clock = clock;
    }

    /** One section: {@code NEW}, {@code OVERDUE}, {@code ESCALATIONS_WAITING_FOR_FORMAL}, {@code HANDOVERS_PENDING}, ... */
    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/queue/{section}")
    public List<CaseView> section(@PathVariable QueueSection section) {
        return cases(section);
    }

    /**
     * Offers awaiting acceptance, soonest deadline first, with the time left and whether the notification-service
     * reported the organisation unreachable for the offer.
     */
    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/queue/offers")
    public List<OfferView> offers() {
        Map<String, Instant> unreachableSince = unreachable.sinceByOffer();
        return cases(QueueSection.OFFERS_AWAITING_ACCEPTANCE).stream()
                .map(c -> new OfferView(c.caseReference(), c.municipalityCode(), c.offeredOrganisationId(),
                        c.offeredSupporterId(), c.offerDeadline(), Duration.between(clock.instant(), c.offerDeadline()),
                        unreachableSince.get(UnreachableOrganisations.key(c.offeredOrganisationId(), c.caseReference()))))
                .toList();
    }

    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/caseload")
    public List<CaseloadView> caseload() {
        return queries.query(new FindCaseloadQuery(), ResponseTypes.multipleInstancesOf(CaseloadView.class)).join();
    }

    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/cases/{reference}/timeline")
    public List<TimelineEntryView> timeline(@PathVariable String reference) {
        return queries.query(new FindTimelineQuery(reference), ResponseTypes.multipleInstancesOf(TimelineEntryView.class)).join();
    }

    private List<CaseView> cases(QueueSection section) {
        return queries.query(new FindCasesQuery(section), ResponseTypes.multipleInstancesOf(CaseView.class)).join();
    }
}
