package nl.samenspel.network.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The configured region ({@code samenspel.network.region} in {@code network-service.yml}); every key can be
 * overridden per deployment, e.g. {@code SAMENSPEL_NETWORK_REGION_NAME}.
 *
 * @param name           the network's name, e.g. "Meedenkersnetwerk Duin- en Bollenstreek"
 * @param municipalities the municipalities it covers
 */
@Validated
@ConfigurationProperties("samenspel.network.region")
public record RegionProperties(@NotBlank String name, @NotEmpty @Valid List<Municipality> municipalities) {

    /**
     * A municipality of the region.
     *
     * @param code      CBS code, GM + 4 digits
     * @param name      its name
     * @param districts its districts (wijken), possibly none
     */
    public record Municipality(@Pattern(regexp = "GM[0-9]{4}") String code, @NotBlank String name,
                               @Valid List<District> districts) {
        public Municipality {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }
    }

    /**
     * A district (wijk) of a municipality.
     *
     * @param code CBS district code, WK + 6 digits
     * @param name its name
     */
    public record District(@Pattern(regexp = "WK[0-9]{6}") String code, @NotBlank String name) {
    }
}
