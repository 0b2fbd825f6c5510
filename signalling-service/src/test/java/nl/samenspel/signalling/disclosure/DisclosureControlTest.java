package nl.samenspel.signalling.disclosure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureControlTest {

    @Test
    void countsFromZeroToSevenAreSuppressedByDefault() {
        ProtectedCounts result = DisclosureControl.protect(Map.of("a", 0L, "b", 7L, "c", 8L, "d", 12L), List.of(), 8);

        assertThat(result.suppressed()).containsExactlyInAnyOrder("a", "b");
        assertThat(result.shown()).containsOnly(Map.entry("c", 10), Map.entry("d", 10));
    }

    @Test
    void shownCountsAreRoundedToTheNearestMultipleOfFive() {
        assertThat(List.of(8L, 10L, 12L, 13L, 17L, 18L, 102L).stream().map(DisclosureControl::round))
                .containsExactly(10, 10, 10, 15, 15, 20, 100);
    }

    @Test
    void oneSmallCellInARowHidesASecondCellSoTheTotalDoesNotGiveItAway() {
        CountTable table = new CountTable("t", List.of("r1", "r2"), List.of("a", "b", "c"))
                .add("r1", "a", 3).add("r1", "b", 20).add("r1", "c", 30)
                .add("r2", "a", 25).add("r2", "b", 22).add("r2", "c", 40);

        ProtectedCounts result = DisclosureControl.protect(table.cells(), table.relations(), 8);

        assertThat(result.suppressed()).contains("t|r1|a").hasSizeGreaterThanOrEqualTo(4);
        assertThat(ExactRecovery.recoverable(table.relations(), result.suppressed())).doesNotContain("t|r1|a");
        assertThat(result.valueOf("t|ALL|ALL")).contains(140);
    }

    @Test
    void aSmallCountCannotBeWorkedOutAsTheDifferenceBetweenAQuarterAndItsMonths() {
        Map<String, Long> counts = Map.of("m1", 20L, "m2", 3L, "m3", 30L, "q", 53L);
        List<Additivity> quarterSumsMonths = List.of(new Additivity("q", List.of("m1", "m2", "m3")));

        ProtectedCounts result = DisclosureControl.protect(counts, quarterSumsMonths, 8);

        assertThat(result.suppressed()).contains("m2", "m1");
        assertThat(ExactRecovery.recoverable(quarterSumsMonths, result.suppressed())).doesNotContain("m2");
    }

    @Test
    void thresholdBelowFiveIsRefused() {
        assertThatThrownBy(() -> DisclosureControl.protect(Map.of("a", 1L), List.of(), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 5");
        assertThatThrownBy(() -> new DisclosureSettings(3)).hasMessageContaining("at least 5");
    }

    @Test
    void higherThresholdSuppressesMore() {
        ProtectedCounts result = DisclosureControl.protect(Map.of("a", 9L, "b", 12L), List.of(), 10);

        assertThat(result.suppressed()).containsExactly("a");
    }

    @Test
    void negativeCountIsRefused() {
        assertThatThrownBy(() -> DisclosureControl.protect(Map.of("a", -1L), List.of(), 8))
                .hasMessageContaining("below zero");
    }

    @Test
    void statisticsAreOnlyForGroupsWhoseCountIsShown() {
        ProtectedCounts result = DisclosureControl.protect(Map.of("small", 4L, "large", 40L), List.of(), 8);

        assertThat(result.isSafeGroup("small")).isFalse();
        assertThat(result.isSafeGroup("large")).isTrue();
    }
}
