package nl.samenspel.network.organisation;

import nl.samenspel.network.vocabulary.CareKind;
import nl.samenspel.network.vocabulary.OrganisationKind;

import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation told the network when it applied.
 *
 * @param name             public name
 * @param kvkNumber        Chamber of Commerce number, 8 digits
 * @param kind             what kind of supporters it brings
 * @param municipalities   CBS codes of the municipalities it serves
 * @param contactPoint     how the coordinator reaches the organisation (a desk, not a person)
 * @param careDelivered    care it delivers itself; empty when it delivers none (independence declaration)
 * @param covenantSignedOn when it signed the network covenant, if it did
 */
public record OrganisationProfile(String name, String kvkNumber, OrganisationKind kind, List<String> municipalities,
                                  String contactPoint, List<CareKind> careDelivered, LocalDate covenantSignedOn) {

    public OrganisationProfile {
        municipalities = List.copyOf(municipalities);
        careDelivered = careDelivered == null ? List.of() : List.copyOf(careDelivered);
    }
}
