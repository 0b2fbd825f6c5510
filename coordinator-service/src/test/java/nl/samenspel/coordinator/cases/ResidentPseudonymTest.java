package nl.samenspel.coordinator.cases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentPseudonymTest {

    /** The pseudonyms of the demo, the end-to-end tests, the integration tests and the benchmark keep working. */
    @ParameterizedTest
    @ValueSource(strings = {"R-7Q4K9X2M", "demo-resident-0001", "e2e-resident-0001", "R-IT-0001", "R-RACE-0",
            "R-CANARY-1a2b3c4d", "bench-qwertyuiopas"})
    void opaqueTokensAreResidentPseudonyms(String pseudonym) {
        assertThat(ResidentPseudonym.require(pseudonym)).isEqualTo(pseudonym);
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123-456-782", "R-111222333", "06-12345678", "0612345678", "+31612345678",
            "j.jansen@example.nl", "Aaltje Vermeulen", "abc", "R_7Q4K9X2M"})
    void bsnPhoneNumberOrEmailIsNeverAResidentPseudonym(String notAToken) {
        assertThatThrownBy(() -> ResidentPseudonym.require(notAToken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never a BSN, phone number or e-mail address")
                .hasMessageNotContaining(notAToken);
    }
}
