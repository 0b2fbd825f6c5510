package nl.samenspel.signalling.collective;

import nl.samenspel.signalling.disclosure.DisclosureSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentsConcernedTest {

    private final ResidentsConcerned residents = new ResidentsConcerned(new DisclosureSettings(8));

    @Test
    void residentsBelowTheThresholdAreNotShown() {
        assertThat(residents.shown(0)).isNull();
        assertThat(residents.shown(7)).isNull();
    }

    @Test
    void residentsFromTheThresholdOnAreShownRoundedToFive() {
        assertThat(residents.shown(8)).isEqualTo(10);
        assertThat(residents.shown(12)).isEqualTo(10);
        assertThat(residents.shown(13)).isEqualTo(15);
    }

    @Test
    void aHigherThresholdHidesMore() {
        assertThat(new ResidentsConcerned(new DisclosureSettings(15)).shown(12)).isNull();
    }
}
