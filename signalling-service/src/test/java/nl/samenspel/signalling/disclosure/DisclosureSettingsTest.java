package nl.samenspel.signalling.disclosure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class);

    /** Binds the settings as the application's {@code @ConfigurationPropertiesScan} does. */
    @EnableConfigurationProperties(DisclosureSettings.class)
    static class Binding {
    }

    @Test
    void serviceRefusesToStartWithAThresholdBelowFive() {
        context.withPropertyValues("signalling.disclosure.threshold=4").run(started ->
                assertThat(started).hasFailed().getFailure().hasRootCauseMessage(
                        "The suppression threshold must be at least 5 (was 4): smaller counts could point at a resident."));
    }

    @Test
    void defaultThresholdSuppressesZeroToSeven() {
        context.run(started -> assertThat(started.getBean(DisclosureSettings.class).threshold()).isEqualTo(8));
    }

    @Test
    void thresholdMayBeRaised() {
        context.withPropertyValues("signalling.disclosure.threshold=11").run(started ->
                assertThat(started.getBean(DisclosureSettings.class).threshold()).isEqualTo(11));
    }
}
