package nl.samenspel.signalling;

import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import nl.samenspel.signalling.catalogue.CatalogueProperties;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** The demo region's catalogue and a fixed clock, for fixture tests. */
public final class TestCatalogue {

    public static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestCatalogue() {
    }

    public static Catalogue demoRegion() {
        return new Catalogue(new CatalogueProperties(
                entries("GM1525", "GM0553", "GM0534", "GM0575"),
                entries("WAITING_TIMES", "ACCESS_AND_PROCEDURES", "MISSING_PROVISION", "OTHER"),
                entries("CARE_AND_SUPPORT", "HOUSING"),
                entries("OLDER_PEOPLE", "MENTAL_HEALTH")));
    }

    private static List<CatalogueEntry> entries(String... codes) {
        return Stream.of(codes).map(code -> new CatalogueEntry(code, code)).toList();
    }
}
