package nl.samenspel.coordinator.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable, indexed copy of the network, so ranking runs in memory without touching the database. */
public final class NetworkSnapshot {

    private final List<SupporterCard> supporters;
    private final Map<String, SupporterCard> bySupporter;
    private final Map<String, OrganisationCard> organisations;

    public NetworkSnapshot(List<SupporterCard> supporters, Map<String, OrganisationCard> organisations) {
        this.supporters = List.copyOf(supporters);
        this.bySupporter = this.supporters.stream().collect(Collectors.toUnmodifiableMap(SupporterCard::supporterId, Function.identity()));
        this.organisations = Map.copyOf(organisations);
    }

    public List<SupporterCard> supporters() {
        return supporters;
    }

    public SupporterCard supporter(String supporterId) {
        return bySupporter.get(supporterId);
    }

    public OrganisationCard organisation(String organisationId) {
        return organisations.get(organisationId);
    }
}
