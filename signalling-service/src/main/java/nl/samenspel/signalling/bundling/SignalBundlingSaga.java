package nl.samenspel.signalling.bundling;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.collective.CollectiveSignalOrigin;
import nl.samenspel.signalling.collective.RaiseCollectiveSignalCommand;
import nl.samenspel.signalling.signal.SignalFiledEvent;
import nl.samenspel.signalling.signal.SignalStatusChangedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Watches the filed signals of one municipality and category and raises a collective signal as soon as the
 * {@link BundlingRule} is met. The signals it bundles leave its watch list; so do signals withdrawn or bundled by
 * hand. It lives as long as the municipality and category do.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class SignalBundlingSaga {

    private String municipalityCode;
    private String categoryCode;
    private List<BundlingCandidate> candidates = new ArrayList<>();

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient BundlingRule rule;
    @Autowired
    private transient Catalogue catalogue;

    @StartSaga(forceNew = false)
    @SagaEventHandler(associationProperty = "bundleKey")
    void on(SignalFiledEvent event) {
        municipalityCode = event.municipalityCode();
        categoryCode = event.categoryCode();
        SagaLifecycle.associateWith("signalId", event.signalId());
        candidates.add(new BundlingCandidate(event.signalId(), event.organisationId(), event.lifeDomain(),
                event.targetGroup(), event.filedAt(), event.residentsConcerned(), event.description()));
        candidates = new ArrayList<>(rule.inWindow(candidates, event.filedAt()));
        if (rule.isMetBy(candidates)) {
            raise();
        }
    }

    @SagaEventHandler(associationProperty = "signalId")
    void on(SignalStatusChangedEvent event) {
        forget(List.of(event.signalId()));
    }

    private void raise() {
        List<BundlingCandidate> bundled = List.copyOf(candidates);
        TreeSet<String> organisations = collect(bundled, BundlingCandidate::organisationId);
        String summary = bundled.size() + " signals from " + organisations.size() + " organisations about "
                + catalogue.category(categoryCode).label() + " in " + catalogue.municipality(municipalityCode).label()
                + " within " + rule.window().toDays() + " days.";
        commandGateway.sendAndWait(new RaiseCollectiveSignalCommand(UUID.randomUUID().toString(), municipalityCode,
                categoryCode, CollectiveSignalOrigin.BUNDLED, summary,
                collect(bundled, BundlingCandidate::signalId), organisations,
                collect(bundled, BundlingCandidate::lifeDomain), collect(bundled, BundlingCandidate::targetGroup),
                bundled.stream().mapToInt(BundlingCandidate::residentsConcerned).sum(),
                bundled.stream().map(BundlingCandidate::description).filter(java.util.Objects::nonNull).toList()));
        forget(bundled.stream().map(BundlingCandidate::signalId).toList());
    }

    private void forget(Collection<String> signalIds) {
        candidates.removeIf(candidate -> signalIds.contains(candidate.signalId()));
        signalIds.forEach(signalId -> SagaLifecycle.removeAssociationWith("signalId", signalId));
    }

    private static TreeSet<String> collect(List<BundlingCandidate> candidates,
                                           java.util.function.Function<BundlingCandidate, String> field) {
        return candidates.stream().map(field).collect(Collectors.toCollection(TreeSet::new));
    }
}
