package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.text.PersonalDataException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CareProvidersTest {

    @Test
    void careProviderNameWithACommaIsOneProvider() {
        assertThat(CareProviders.normalised(List.of("Zorg en Welzijn, Duin- en Bollenstreek", "12345678")))
                .containsExactly("Zorg en Welzijn, Duin- en Bollenstreek", "12345678");
    }

    @Test
    void theSameProviderWrittenTwiceIsOneEntry() {
        assertThat(CareProviders.normalised(List.of(" Thuiszorg  De Bollen", "Thuiszorg De Bollen ")))
                .containsExactly("Thuiszorg De Bollen");
    }

    @Test
    void careProviderWithAPhoneNumberIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> CareProviders.normalised(List.of("12345678", "Thuiszorg De Bollen 071-5123456")))
                .isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("'careProviders[1]'")
                .hasMessageNotContaining("5123456");
    }

    @Test
    void aBlankCareProviderIsRefused() {
        assertThatThrownBy(() -> CareProviders.normalised(Arrays.asList("12345678", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("careProviders[1] is empty");
        assertThatThrownBy(() -> CareProviders.normalised(Arrays.asList("12345678", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("careProviders[1] is empty");
    }

    @Test
    void noCareProvidersIsAnEmptyList() {
        assertThat(CareProviders.normalised(null)).isEmpty();
    }
}
