package nl.samenspel.network.supporter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/**
 * What a supporter offers and where; replaced as a whole on every change.
 *
 * @param lifeDomains         life domains worked in
 * @param targetGroups        target groups worked with
 * @param languages           ISO 639-1 language codes
 * @param municipalities      CBS codes of municipalities served
 * @param districts           CBS district codes served; empty means the whole municipality
 * @param capacity            maximum open cases
 * @param careProvidersLinked KvK numbers of care providers the supporter is linked to (conflict of interest)
 * @param accessTeams         CBS codes of municipalities whose access team the supporter sits in (conflict of interest)
 * @param trainingCompletedOn when the network's training was completed, if it was
 */
public record SupporterProfile(List<@NotNull LifeDomain> lifeDomains, List<@NotNull TargetGroup> targetGroups,
                               @Schema(example = "nl") List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code like nl") String> languages,
                               @Schema(example = "GM1525") List<@NotNull @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM1525") String> municipalities,
                               @Schema(example = "WK152500") List<@NotNull @Pattern(regexp = "WK[0-9]{6}", message = "must be a CBS district code like WK152500") String> districts,
                               @Schema(example = "6") @PositiveOrZero(message = "is the most cases held open at once; it cannot be below zero") int capacity,
                               @Schema(example = "12345678") List<@NotNull @Pattern(regexp = "[0-9]{8}", message = "must be a KvK number of exactly 8 digits") String> careProvidersLinked,
                               @Schema(example = "GM0553") List<@NotNull @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM1525") String> accessTeams,
                               @Schema(example = "2025-11-14") LocalDate trainingCompletedOn) {

    public SupporterProfile {
        lifeDomains = copy(lifeDomains);
        targetGroups = copy(targetGroups);
        languages = copy(languages);
        municipalities = copy(municipalities);
        districts = copy(districts);
        careProvidersLinked = copy(careProvidersLinked);
        accessTeams = copy(accessTeams);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
