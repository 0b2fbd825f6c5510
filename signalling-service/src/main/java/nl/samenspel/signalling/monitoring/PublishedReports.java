package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.SignallingConflictException;
import nl.samenspel.signalling.SignallingNotFoundException;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The reports as they were published, read from the event store: what a municipality reads is always what was
 * published, so reading before and after a new fact shows the same figures. Only closed periods have reports.
 */
@Component
class PublishedReports {

    private final EventStore eventStore;
    private final Clock clock;

    PublishedReports(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    Optional<MonitoringReport> find(String municipality, Period period) {
        DomainEventStream events = eventStore.readEvents(PublishMonitoringReportCommand.of(municipality, period).reportId());
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof MonitoringReportPublishedEvent published) {
                return Optional.of(published.report());
            }
        }
        return Optional.empty();
    }

    /**
     * The published report of a closed period.
     *
     * @throws SignallingConflictException for a period that has not ended
     * @throws SignallingNotFoundException for a closed period whose report was not published yet
     */
    MonitoringReport get(String municipality, Period period) {
        requireClosed(period, clock);
        return find(municipality, period).orElseThrow(() -> new SignallingNotFoundException("The report of " + municipality
                + " for " + period + " has not been published yet. Reports of a month, quarter and year are published "
                + "on the 2nd of the month after it ends, or earlier by the coordinator."));
    }

    /** @throws SignallingConflictException for a period that has not ended: its figures would still change */
    static void requireClosed(Period period, Clock clock) {
        if (clock.instant().isBefore(period.until())) {
            throw new SignallingConflictException("Period " + period + " has not ended yet. Reports cover closed periods only, "
                    + "so that figures never change after they were read; the report of " + period + " can be "
                    + "published from " + period.end().plusDays(1) + ".", Map.of("period", period.toString()));
        }
    }
}
