package nl.samenspel.coordinator.cases;

/** Body of a dispatch: a supporter (their organisation follows), or only an organisation that assigns one itself. */
public record DispatchRequest(String organisationId, String supporterId) {
}
