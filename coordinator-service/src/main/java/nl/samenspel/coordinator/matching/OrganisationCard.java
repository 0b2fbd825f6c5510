package nl.samenspel.coordinator.matching;

/**
 * An organisation as matching needs it.
 *
 * @param kvkNumber     Chamber of Commerce number, how a case names it as a care provider
 * @param deliversCare  whether it delivers care itself (then its supporters are conflicted for its clients)
 */
public record OrganisationCard(String organisationId, String kvkNumber, boolean deliversCare, OrganisationStatus status) {
}
