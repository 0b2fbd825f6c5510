package nl.samenspel.network.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The membership lookup for fixture tests: what the subscribing projection would hold. */
public class InMemoryMemberships implements Memberships {

    private final Map<String, Membership> byId = new HashMap<>();
    private final Map<String, String> kvkNumbers = new HashMap<>();

    public InMemoryMemberships with(String organisationId, OrganisationStatus status, List<String> municipalities) {
        byId.put(organisationId, new Membership(organisationId, status, municipalities));
        return this;
    }

    public InMemoryMemberships withKvkNumber(String kvkNumber) {
        kvkNumbers.put(kvkNumber, "taken");
        return this;
    }

    @Override
    public Optional<Membership> find(String organisationId) {
        return Optional.ofNullable(byId.get(organisationId));
    }

    @Override
    public boolean kvkNumberInUse(String kvkNumber) {
        return kvkNumbers.containsKey(kvkNumber);
    }
}
