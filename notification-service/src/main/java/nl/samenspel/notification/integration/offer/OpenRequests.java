package nl.samenspel.notification.integration.offer;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.coordinator.HandoverRequested;
import nl.samenspel.notification.feed.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** Translates an organisation's stored events into the {@link OpenRequest}s that alerts care about. */
public final class OpenRequests {

    private static final Set<String> OFFER_ENDED = Set.of(CoordinatorEvents.OFFER_ACCEPTED.type(),
            CoordinatorEvents.OFFER_DECLINED.type(), CoordinatorEvents.OFFER_EXPIRED.type(),
            CoordinatorEvents.OFFER_WITHDRAWN.type());
    private static final Set<String> HANDOVER_ENDED = Set.of(CoordinatorEvents.HANDOVER_ACCEPTED.type(),
            CoordinatorEvents.HANDOVER_DECLINED.type(), CoordinatorEvents.HANDOVER_EXPIRED.type());

    private OpenRequests() {
    }

    /** The offer or handover request this event starts or ends; empty for any other event. */
    public static Optional<OpenRequest> of(StoredEvent stored) {
        String type = stored.type();
        if (type.equals(CoordinatorEvents.CASE_OFFERED.type())) {
            CaseOffered offer = IntegrationEvents.dataOf(envelope(stored), CoordinatorEvents.CASE_OFFERED);
            return Optional.of(new OpenRequest(offer.caseReference(), false, false, offer.urgency(), offer.offeredAt(),
                    offer.deadline()));
        }
        if (type.equals(CoordinatorEvents.HANDOVER_REQUESTED.type())) {
            HandoverRequested request = IntegrationEvents.dataOf(envelope(stored), CoordinatorEvents.HANDOVER_REQUESTED);
            return Optional.of(new OpenRequest(request.caseReference(), true, false, request.urgency(),
                    request.requestedAt(), request.deadline()));
        }
        if (OFFER_ENDED.contains(type) || HANDOVER_ENDED.contains(type)) {
            return Optional.of(new OpenRequest(stored.subject(), HANDOVER_ENDED.contains(type), true, null, null, null));
        }
        return Optional.empty();
    }

    private static CloudEvent envelope(StoredEvent stored) {
        return IntegrationEvents.parse(new String(stored.body(), StandardCharsets.UTF_8));
    }
}
