package nl.samenspel.network.region;

import nl.samenspel.network.NetworkRuleException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTest {

    private final Region region = TestRegions.duinEnBollenstreek();

    @Test
    void municipalityOutsideTheRegionIsRefusedNamingTheOnesInside() {
        assertThatThrownBy(() -> region.requireMunicipalities(List.of("GM0553", "GM0392")))
                .isInstanceOf(NetworkRuleException.class)
                .hasMessageContaining("GM0392")
                .hasMessageContaining("GM0553 Lisse");
    }

    @Test
    void districtMustBelongToAMunicipalityServed() {
        region.requireDistricts(List.of("WK152500"), List.of("GM1525"));
        assertThatThrownBy(() -> region.requireDistricts(List.of("WK057502"), List.of("GM1525")))
                .isInstanceOf(NetworkRuleException.class)
                .hasMessageContaining("WK057502");
    }

    @Test
    void regionListsItsMunicipalitiesInConfiguredOrder() {
        assertThat(region.municipalityCodes()).containsExactly("GM1525", "GM0553", "GM0534", "GM0575");
    }
}
