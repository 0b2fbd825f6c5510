package nl.samenspel.network.region;

import java.util.List;

/** The demo region as tests use it, without Spring. */
public final class TestRegions {

    private TestRegions() {
    }

    public static Region duinEnBollenstreek() {
        return new Region(new RegionProperties("Meedenkersnetwerk Duin- en Bollenstreek", List.of(
                new RegionProperties.Municipality("GM1525", "Teylingen", List.of(
                        new RegionProperties.District("WK152500", "Sassenheim"),
                        new RegionProperties.District("WK152501", "Voorhout"))),
                new RegionProperties.Municipality("GM0553", "Lisse", List.of()),
                new RegionProperties.Municipality("GM0534", "Hillegom", List.of()),
                new RegionProperties.Municipality("GM0575", "Noordwijk", List.of(
                        new RegionProperties.District("WK057502", "Noordwijkerhout"))))));
    }
}
