package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.SignallingConflictException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Publishes a period's report after the reports of its months (and quarters) that were not published yet, in
 * calendar order, so a quarter or year always sums published months.
 */
@Component
class ReportPublication {

    private final CommandGateway commands;
    private final PublishedReports published;

    ReportPublication(CommandGateway commands, PublishedReports published) {
        this.commands = commands;
        this.published = published;
    }

    /**
     * Publishes the period, its unpublished sub-periods first.
     *
     * @throws SignallingConflictException when the period itself was published before, or has not ended
     */
    void publish(String municipality, Period period) {
        for (Period child : period.children()) {
            if (published.find(municipality, child).isEmpty()) {
                publishIfNew(municipality, child);
            }
        }
        commands.sendAndWait(PublishMonitoringReportCommand.of(municipality, period));
    }

    /** Publishes the period unless it was published already (by another instance, or before a restart). */
    void publishIfNew(String municipality, Period period) {
        try {
            publish(municipality, period);
        } catch (RuntimeException alreadyPublished) {
            // A conflict (published before) or a lost race to create the stream; anything else is rethrown below.
            if (published.find(municipality, period).isEmpty()) {
                throw alreadyPublished;
            }
        }
    }
}
