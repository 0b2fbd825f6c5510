package nl.samenspel.signalling.catalogue;

import nl.samenspel.signalling.SignallingNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {

    private static final List<CatalogueEntry> ONE = List.of(new CatalogueEntry("x", "X"));
    private final Catalogue catalogue = new Catalogue(new CatalogueProperties(
            List.of(new CatalogueEntry("GM0534", "Hillegom")),
            List.of(new CatalogueEntry("WAITING_TIMES", "Waiting times")), ONE, ONE));

    @Test
    void unknownCategoryIsRefusedListingTheKnownCodes() {
        assertThatThrownBy(() -> catalogue.category("06-12345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown category").hasMessageContaining("WAITING_TIMES")
                .hasMessageNotContaining("06-12345678");
    }

    @Test
    void unknownMunicipalityInAPathIsNotFound() {
        assertThatThrownBy(() -> catalogue.municipalityInPath("GM0392")).isInstanceOf(SignallingNotFoundException.class);
        assertThat(catalogue.municipalityInPath("GM0534").label()).isEqualTo("Hillegom");
    }

    @Test
    void municipalityCodesMustBeCbsCodes() {
        assertThatThrownBy(() -> new CatalogueProperties(List.of(new CatalogueEntry("Hillegom", "Hillegom")), ONE, ONE, ONE))
                .hasMessageContaining("not a CBS municipality code");
    }

    @Test
    void codesMustBeUnique() {
        assertThatThrownBy(() -> new CatalogueProperties(List.of(new CatalogueEntry("GM0534", "a")),
                List.of(new CatalogueEntry("x", "X"), new CatalogueEntry("x", "Y")), ONE, ONE))
                .hasMessageContaining("has code 'x' twice");
    }
}
