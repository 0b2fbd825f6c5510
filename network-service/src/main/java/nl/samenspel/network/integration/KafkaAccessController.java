package nl.samenspel.network.integration;

import nl.samenspel.events.KafkaAccess;
import nl.samenspel.kit.security.Access;
import nl.samenspel.network.directory.DirectoryQueries;
import nl.samenspel.network.region.Region;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For the network administrator: who has a Kafka login under the contract's access rules ({@link KafkaAccess}) and what
 * each may read. The network-service knows the parties: the organisations it admitted and the region's municipalities.
 */
@RestController
class KafkaAccessController {

    /** A suspended organisation keeps its login (it may come back); one that left or was rejected has none. */
    private static final Set<String> WITH_LOGIN = Set.of("ADMITTED", "SUSPENDED");

    private final DirectoryQueries directory;
    private final Region region;

    KafkaAccessController(DirectoryQueries directory, Region region) {
        this.directory = directory;
        this.region = region;
    }

    @GetMapping("/operations/kafka-access")
    @PreAuthorize(Access.ADMINISTRATOR)
    KafkaAccessView kafkaAccess() {
        List<KafkaServiceAccessView> services = KafkaAccess.SERVICES.stream()
                .map(s -> new KafkaServiceAccessView(s.principal(), s.ownTopicPrefix(), s.groupPrefix(), s.consumedTopics()))
                .toList();
        List<KafkaReaderView> readers = new ArrayList<>();
        directory.organisations().stream().filter(o -> WITH_LOGIN.contains(o.status())).forEach(o -> {
            String principal = KafkaAccess.organisationPrincipal(o.organisationId());
            readers.add(new KafkaReaderView("ORGANISATION", o.organisationId(), o.name(), o.status(), principal,
                    KafkaAccess.organisationTopics(o.organisationId()), KafkaAccess.groupPrefix(principal)));
        });
        region.municipalities().forEach(m -> {
            String principal = KafkaAccess.municipalityPrincipal(m.code());
            readers.add(new KafkaReaderView("MUNICIPALITY", m.code(), m.name(), null, principal,
                    KafkaAccess.municipalityTopics(m.code()), KafkaAccess.groupPrefix(principal)));
        });
        return new KafkaAccessView(services, readers);
    }
}
