package nl.samenspel.network.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.samenspel.kit.text.FreeText;
import nl.samenspel.network.vocabulary.CareKind;
import nl.samenspel.network.vocabulary.OrganisationKind;

import java.time.LocalDate;
import java.util.List;

/**
 * An application to join the network.
 *
 * @param decidesOnAccess independence declaration: does the organisation decide on access to provisions in
 *                        these municipalities? (must be false)
 * @param careDelivered   care the organisation delivers itself; leave empty if none
 */
record ApplyToJoinRequest(
        @NotBlank @Schema(example = "Welzijn Bollenstreek") String name,
        @NotNull @Pattern(regexp = "[0-9]{8}", message = "must be a KvK number of exactly 8 digits") @Schema(example = "41234567") String kvkNumber,
        @NotNull OrganisationKind kind,
        @NotEmpty @Schema(example = "GM1525") List<@Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM1525") String> municipalities,
        @NotBlank @Schema(example = "meedenkers@welzijnbollenstreek.nl") String contactPoint,
        @NotNull @Schema(example = "false") Boolean decidesOnAccess,
        List<CareKind> careDelivered,
        @Schema(example = "2026-01-15") LocalDate covenantSignedOn) {

    /**
     * The profile: the name checked and normalised as a name; the contact point is the organisation's own desk
     * (an e-mail address or phone number by design), so only control characters are refused there.
     */
    OrganisationProfile profile() {
        return new OrganisationProfile(FreeText.requireName("name", name), kvkNumber, kind, municipalities,
                FreeText.requirePrintable("contactPoint", contactPoint), careDelivered, covenantSignedOn);
    }
}
