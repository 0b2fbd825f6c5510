package nl.samenspel.coordinator.matching;

/** A supporter as matching needs it: the latest profile and availability, and the lapse and deactivation flags. */
public record SupporterCard(String supporterId, String organisationId, SupporterProfile profile, Availability availability,
                            boolean registrationLapsed, boolean deactivated) {
}
