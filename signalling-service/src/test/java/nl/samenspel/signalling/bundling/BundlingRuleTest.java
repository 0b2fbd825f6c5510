package nl.samenspel.signalling.bundling;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundlingRuleTest {

    @Test
    void moreOrganisationsThanSignalsCannotBeRequired() {
        assertThatThrownBy(() -> new BundlingRule(3, 4, Duration.ofDays(90))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowMustBePositive() {
        assertThatThrownBy(() -> new BundlingRule(3, 2, Duration.ZERO)).hasMessageContaining("window positive");
    }

    @Test
    void oneSignalIsNeverACollectiveSignal() {
        assertThatThrownBy(() -> new BundlingRule(1, 1, Duration.ofDays(1))).hasMessageContaining("at least 2");
    }
}
