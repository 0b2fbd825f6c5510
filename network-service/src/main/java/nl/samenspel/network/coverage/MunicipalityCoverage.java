package nl.samenspel.network.coverage;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The open gaps of one municipality. It turns "the gaps now" into the facts "opened" and "closed", which makes
 * a review deterministic and safe to repeat.
 */
@Aggregate
class MunicipalityCoverage {

    @AggregateIdentifier
    private String municipalityCode;
    private final Set<CoverageGap> open = new HashSet<>();

    MunicipalityCoverage() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviewCoverageCommand command) {
        municipalityCode = command.municipalityCode();
        Set<CoverageGap> current = Set.copyOf(command.gaps());
        open.stream().filter(gap -> !current.contains(gap)).sorted(CoverageGap.ORDER).toList()
                .forEach(gap -> apply(new CoverageGapClosedEvent(municipalityCode, gap)));
        current.stream().filter(gap -> !open.contains(gap)).sorted(CoverageGap.ORDER).toList()
                .forEach(gap -> apply(new CoverageGapOpenedEvent(municipalityCode, gap)));
    }

    @EventSourcingHandler
    void on(CoverageGapOpenedEvent event) {
        municipalityCode = event.municipalityCode();
        open.add(event.gap());
    }

    @EventSourcingHandler
    void on(CoverageGapClosedEvent event) {
        open.remove(event.gap());
    }
}
